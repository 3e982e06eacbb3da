package nl.inbreng.common.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * SMTP settings ({@code INBRENG_MAIL_HOST}, {@code INBRENG_MAIL_PORT}, {@code INBRENG_MAIL_FROM}, and optional
 * {@code INBRENG_MAIL_USERNAME}/{@code INBRENG_MAIL_PASSWORD}). Without a host, mail is switched off.
 */
@ConfigurationProperties("inbreng.mail")
public record MailSettings(@Nullable String host, @Nullable Integer port, @Nullable String from,
                           @Nullable String username, @Nullable String password, @Nullable Boolean starttls) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }
}
