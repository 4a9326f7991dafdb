package com.guanxi.testsupport;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 (JDK HttpServer) that answers the first {@code failures} requests with 500 and the
 * rest with 200, and keeps every request it got.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received. */
    public record Request(String path, byte[] body, String signature, String deliveryId, String event, int answered) {
    }

    private final HttpServer server;
    private final AtomicInteger remainingFailures;
    private final List<Request> requests = new ArrayList<>();

    public Receiver(int failures) throws IOException {
        remainingFailures = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = remainingFailures.getAndDecrement() > 0 ? 500 : 200;
            synchronized (requests) {
                requests.add(new Request(exchange.getRequestURI().getPath(), body,
                        exchange.getRequestHeaders().getFirst("X-Guanxi-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Guanxi-Delivery"),
                        exchange.getRequestHeaders().getFirst("X-Guanxi-Event"), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/guanxi";
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
