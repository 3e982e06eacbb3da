package nl.inbreng.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a bare socket, as an attacker writes it: from any loopback address (so each probe can be its own
 * client to the rate limits, which key on the socket's peer), with headers no HTTP client would send, and with the
 * body a moment after the headers. Reads the whole answer (Content-Length or chunked). A read timeout only tells a
 * silent server from an answering one; nothing here asserts how fast an answer came.
 */
final class Wire {

    /**
     * Long enough for a busy two-core machine (a clustering of the demo content on an empty body took over 20 s under
     * load); a server that spins never answers, however long one waits.
     */
    private static final int SILENCE_MILLIS = 120_000;

    private final int port;

    Wire(int port) {
        this.port = port;
    }

    /** An answer, or status 0 with why there was none. Header names are lower case. */
    record Answer(int status, Map<String, String> headers, String body, String failure) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        @Override
        public String toString() {
            return status == 0 ? "no answer (" + failure + ")" : status + " " + body.substring(0, Math.min(200, body.length()));
        }
    }

    /** A request to send: method, path, extra header lines, body, and how long to wait between headers and body. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, int pauseMillis, String from) {

        static Request of(String method, String path) {
            return new Request(method, path, new LinkedHashMap<>(), new byte[0], 0, "127.0.0.1");
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, path, more, body, pauseMillis, from);
        }

        Request json(String text) {
            return body("application/json", text.getBytes(StandardCharsets.UTF_8));
        }

        Request body(String contentType, byte[] bytes) {
            return new Request(method, path, headers, bytes, pauseMillis, from).header("Content-Type", contentType);
        }

        /** Headers first, then this pause, then the body: what a slow mobile connection sends. */
        Request late(int millis) {
            return new Request(method, path, headers, body, millis, from);
        }

        /** Sends from this loopback address (127.x.y.z), which the server sees as the client. */
        Request from(String loopbackAddress) {
            return new Request(method, path, headers, body, pauseMillis, loopbackAddress);
        }

        Request as(Session session) {
            if (session == null) {
                return this;
            }
            return header("Cookie", session.cookies()).header("X-CSRF-Token", session.csrfToken());
        }
    }

    /** A signed-in admin user: the cookies and the CSRF token the sign-in answered with. */
    record Session(String cookies, String csrfToken) {
    }

    Answer send(Request request) {
        StringBuilder head = new StringBuilder()
                .append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        if (request.body().length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(request.from()), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(SILENCE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (request.pauseMillis() > 0) {
                Thread.sleep(request.pauseMillis());
            }
            try {
                out.write(request.body());
                out.flush();
            } catch (IOException closedEarly) {
                // a server may answer (413) and close before the whole body is written; read that answer below
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(0, Map.of(), "", "no answer within " + SILENCE_MILLIS + " ms");
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, Map.of(), "", "interrupted");
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String head = readHead(in);
        if (head.isEmpty()) {
            return new Answer(0, Map.of(), "", "connection closed without an answer");
        }
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = readChunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(Integer.parseInt(status[1]), headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) != -1) {
            seen.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0D0A0D0A) { // the blank line after the headers
                return seen.toString(StandardCharsets.ISO_8859_1).strip();
            }
        }
        return "";
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                readLine(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
