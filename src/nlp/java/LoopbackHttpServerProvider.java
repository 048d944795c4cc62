package local.palmyra.nlp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Makes Stanford CoreNLP's own server listen on one interface only. StanfordCoreNLPServer binds
 * `new InetSocketAddress(port)`, i.e. every interface, and has no option to change it; the JDK picks
 * the HttpServer implementation named by the system property `com.sun.net.httpserver.HttpServerProvider`,
 * so this provider rebinds every server it creates to `-Dcorenlp.bindHost` (default 127.0.0.1) and
 * otherwise hands over to the JDK's own provider.
 *
 * Compiled at provision time by src/nlp/provision-corenlp.ts into .corenlp/classes.
 */
public final class LoopbackHttpServerProvider extends HttpServerProvider {
  private final HttpServerProvider inner = new sun.net.httpserver.DefaultHttpServerProvider();

  private static InetSocketAddress bound(InetSocketAddress requested) {
    if (requested == null) return null;
    String host = System.getProperty("corenlp.bindHost", "127.0.0.1");
    return new InetSocketAddress(host, requested.getPort());
  }

  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return inner.createHttpServer(bound(address), backlog);
  }

  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return inner.createHttpsServer(bound(address), backlog);
  }
}
