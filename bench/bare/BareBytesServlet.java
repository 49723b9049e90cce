import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The container's ceiling for the delivery benchmark: writes the bytes the CMS serves (saved by
 * bench/delivery.sh into $BENCH_WWW) from memory, with nothing else on the request path.
 */
@WebServlet(urlPatterns = {"/page", "/item"}, loadOnStartup = 1)
public class BareBytesServlet extends HttpServlet {

  private byte[] page;
  private byte[] item;

  @Override
  public void init() {
    try {
      Path www = Path.of(System.getenv("BENCH_WWW"));
      page = Files.readAllBytes(www.resolve("page.html"));
      item = Files.readAllBytes(www.resolve("item.json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean isPage = request.getServletPath().equals("/page");
    byte[] body = isPage ? page : item;
    response.setContentType(isPage ? "text/html;charset=UTF-8" : "application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
