export function writeThirdPartyLicenses(options: {
  packageDir: string;
  files: Iterable<string>;
  out: string;
  title: string;
  intro: string[];
}): string[];
