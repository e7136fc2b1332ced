import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the osallisuusarvio service in plain Java 17 (java.net.http, no dependencies), as a
 * case-management system would call it: evaluate an assessment, render its appendix, read the JSON back,
 * and handle a problem (RFC 9457) with its paths and fi/sv/en messages.
 *
 * <pre>
 * javac --release 17 -d out OsallisuusarvioClient.java
 * java -cp out OsallisuusarvioClient http://127.0.0.1:8080 assessment.json appendix.pdf
 * </pre>
 *
 * A real system would parse the JSON with its own library (Jackson, JSON-B); the few regular expressions
 * here only keep the example free of dependencies.
 */
public final class OsallisuusarvioClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  private OsallisuusarvioClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    Path assessmentFile = Path.of(args.length > 1 ? args[1] : "assessment.json");
    Path pdfFile = Path.of(args.length > 2 ? args[2] : "appendix.pdf");
    OsallisuusarvioClient client = new OsallisuusarvioClient(base);
    String assessment = Files.readString(assessmentFile);

    HttpResponse<String> ready = client.get("/readyz");
    System.out.println("readyz: " + ready.statusCode());

    // Evaluate: the findings of the rules for the organiser's profile, "today" fixed for a reproducible answer.
    String evaluateBody = "{\"assessment\":" + assessment
        + ",\"organiser\":\"kymenlaakso\",\"locale\":\"fi\",\"today\":\"2026-11-23\"}";
    HttpResponse<String> evaluation = client.postJson("/v1/evaluate", evaluateBody, "fi");
    System.out.println("evaluate: " + evaluation.statusCode() + " status=" + first(evaluation.body(), "\"status\":\"(\\w+)\"")
        + " errors=" + first(evaluation.body(), "\"counts\":\\{\"error\":(\\d+)"));

    // Render: the appendix as PDF, written to a file.
    String renderBody = "{\"assessment\":" + assessment
        + ",\"organiser\":\"kymenlaakso\",\"generatedAt\":\"2026-11-23T08:00:00Z\"}";
    HttpResponse<byte[]> pdf = client.http.send(
        client.request("/v1/render", "fi")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(renderBody))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (pdf.statusCode() != 200) fail("render", pdf.statusCode(), new String(pdf.body()));
    Files.write(pdfFile, pdf.body());
    System.out.println("render: " + pdf.statusCode() + " " + pdf.headers().firstValue("Content-Type").orElse("")
        + " " + pdf.body().length + " bytes");

    // Extract: the assessment JSON back out of the appendix.
    HttpResponse<String> extracted = client.http.send(
        client.request("/v1/extract", "fi")
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofFile(pdfFile))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println("extract: " + extracted.statusCode() + " diaryNumber=" + first(extracted.body(), "\"diaryNumber\":\"([^\"]*)\""));

    // A mistake: the service answers 400 with problem details naming the field, in the language asked for.
    HttpResponse<String> problem = client.postJson(
        "/v1/evaluate", "{\"assessment\":{\"case\":{\"meetingDate\":\"14.12.2026\"}}}", "sv");
    System.out.println("problem: " + problem.statusCode() + " "
        + problem.headers().firstValue("Content-Type").orElse("").split(";")[0]
        + " path=" + first(problem.body(), "\"pathText\":\"([^\"]*)\"")
        + " detail=" + first(problem.body(), "\"detail\":\"((?:[^\"\\\\]|\\\\.)*)\""));

    // Feedback: the notice to participants as HTML for the organiser's web pages (Accept: application/pdf for PDF).
    HttpResponse<String> notice = client.http.send(
        client.request("/v1/feedback", "fi")
            .header("Content-Type", "application/json")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString("{\"assessment\":" + assessment + ",\"organiser\":\"kymenlaakso\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println("feedback: " + notice.statusCode() + " "
        + notice.headers().firstValue("Content-Type").orElse("").split(";")[0]
        + " lang=" + first(notice.body(), "<html lang=\"(\\w+)\""));

    // Report: counts across assessments (here the one, twice), as JSON; Accept: text/csv, text/html or application/pdf for others.
    HttpResponse<String> report = client.postJson(
        "/v1/report?period=year&today=2026-11-23", "[" + assessment + "," + assessment + "]", "fi");
    System.out.println("report: " + report.statusCode() + " assessments="
        + first(report.body(), "\"total\":\\{\"assessments\":(\\d+)"));
  }

  private HttpRequest.Builder request(String path, String language) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept-Language", language);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path, "fi").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String path, String json, String language)
      throws IOException, InterruptedException {
    return http.send(
        request(path, language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : "?";
  }

  private static void fail(String what, int status, String body) {
    System.err.println(what + " failed: " + status + " " + body);
    System.exit(1);
  }
}
