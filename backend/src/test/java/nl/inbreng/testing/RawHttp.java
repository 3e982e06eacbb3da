package nl.inbreng.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a socket, for what ordinary clients never do: headers first and the body a moment
 * later, or headers an HTTP client would correct. A read timeout only tells a silent server from an answering one;
 * no test asserts how fast the answer came.
 */
public final class RawHttp {

    /**
     * Long enough for a busy two-core machine, also for routes that do real work on an empty body (a clustering of
     * every input took over 20 s at load average 30); a server that spins never answers, however long one waits.
     */
    private static final int SILENCE_MILLIS = 90_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The status and head of an answer, or status 0 and why there was none. */
    public record Answer(int status, String head, String failure) {
    }

    /** Sends the request line and headers, waits, then sends the body; reads the status line of the answer. */
    public Answer slowBody(String method, String path, AdminLogin.Session session, String body, int pauseMillis) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(bytes.length).append("\r\n")
                .append("Connection: close\r\n");
        if (session != null) {
            head.append("Cookie: INBRENG_ADMIN=").append(session.cookie()).append("\r\n")
                    .append("X-CSRF-Token: ").append(session.csrfToken()).append("\r\n");
        }
        head.append("\r\n");
        return exchange(head.toString().getBytes(StandardCharsets.US_ASCII), bytes, pauseMillis);
    }

    /** Sends exactly these bytes (headers and body as the caller wrote them) and reads the answer's head. */
    public Answer send(String rawRequest) {
        return exchange(rawRequest.getBytes(StandardCharsets.UTF_8), new byte[0], 0);
    }

    private Answer exchange(byte[] head, byte[] body, int pauseMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(SILENCE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
            out.write(body);
            out.flush();
            String answerHead = readHead(socket.getInputStream());
            if (answerHead.isEmpty()) {
                return new Answer(0, "", "connection closed without an answer");
            }
            String statusLine = answerHead.lines().findFirst().orElse("");
            String[] parts = statusLine.split(" ");
            return new Answer(parts.length > 1 ? Integer.parseInt(parts[1]) : 0, answerHead, null);
        } catch (SocketTimeoutException e) {
            return new Answer(0, "", "no answer within " + SILENCE_MILLIS + " ms");
        } catch (IOException e) {
            return new Answer(0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) != -1) {
            seen.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0D0A0D0A) { // the blank line after the headers
                break;
            }
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }
}
