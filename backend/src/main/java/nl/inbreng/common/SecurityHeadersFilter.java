package nl.inbreng.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser protections on every answer, pages and API alike (docs/adr/0119-hardening-at-the-edge.md). The Vue apps
 * load only their own files and never run inline script, so the policy needs no 'unsafe-inline' or 'unsafe-eval';
 * data: images and fonts are allowed for the icons inside the design system's CSS. API answers are not stored by
 * browsers or proxies unless a controller says otherwise: admin answers carry the CSRF token and personal data.
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "manifest-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String HSTS = "max-age=31536000";

    private final ClientAddress clientAddress;

    SecurityHeadersFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @ResponseFilter
    void protect(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        // a controller that serves uploaded files sets a stricter policy of its own (the logo: sandbox); keep that one
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        // receipt codes and registration links live in paths: never pass them on to another site
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (clientAddress.cameOverHttps(request)) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (request.getPath().startsWith("/api/") && !headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
