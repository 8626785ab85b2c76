package dev.masklet.engine.onnx.tests.models;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on the loopback interface serving files from memory, honouring {@code Range: bytes=N-}, and
 * able to break its next responses off early (it announces the full length, sends part of it, and closes the
 * connection, as a dropped download looks to the client).
 */
public final class FileServer implements AutoCloseable {
    /** What the client asked for: the file and the first byte it wanted (0 without a Range header). */
    public record Request(String file, long from) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> cuts = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    public FileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/model/");
    }

    public void put(String name, byte[] content) {
        files.put(name, content);
    }

    /** The next responses for {@code name} stop after these many bytes of body, one length per response. */
    public void cut(String name, long... bytesPerResponse) {
        Deque<Long> queue = cuts.computeIfAbsent(name, k -> new ConcurrentLinkedDeque<>());
        for (long b : bytesPerResponse) {
            queue.add(b);
        }
    }

    public List<Request> requestsFor(String name) {
        return requests.stream().filter(r -> r.file().equals(name)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().replaceFirst("^/model/", "");
        byte[] content = files.get(name);
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String range = exchange.getRequestHeaders().getFirst("Range");
        long from = range == null ? 0 : Long.parseLong(range.replaceAll("bytes=(\\d+)-.*", "$1"));
        requests.add(new Request(name, from));
        long length = content.length - from;
        if (range != null) {
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
        }
        exchange.sendResponseHeaders(range == null ? 200 : 206, length);
        Deque<Long> queue = cuts.get(name);
        Long cut = queue == null ? null : queue.poll();
        long send = cut == null ? length : Math.min(length, cut);
        OutputStream body = exchange.getResponseBody();
        body.write(content, (int) from, (int) send);
        body.flush();
        // With fewer bytes than announced, closing throws "insufficient bytes written to stream"; the exception
        // reaches the server, which then drops the connection: exactly a broken download.
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
