package nl.inbreng.common.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends mail over SMTP with plain Jakarta Mail. When no SMTP host is set, mail is off: only a count is logged,
 * never an address or a text (AVG). A failure to send is logged and swallowed: what was stored stays stored.
 */
@Singleton
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailSettings settings;
    private final AtomicLong skipped = new AtomicLong();

    Mailer(MailSettings settings) {
        this.settings = settings;
    }

    /** Sends the mail; answers whether it was handed to the SMTP server. */
    public boolean send(OutgoingMail mail) {
        if (!settings.enabled()) {
            LOG.info("Mail is switched off (no inbreng.mail.host); {} mail(s) not sent so far", skipped.incrementAndGet());
            return false;
        }
        try {
            Transport.send(toMessage(mail));
            return true;
        } catch (MessagingException e) {
            LOG.warn("Sending a mail failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private MimeMessage toMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.html() != null) {
            // multipart/alternative: plain text first, the richer part last, as RFC 2046 asks.
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } else if (mail.calendar() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.calendar().ics(),
                    "text/calendar; charset=UTF-8; method=" + mail.calendar().method());
            calendar.setFileName("uitnodiging.ics");
            message.setContent(new MimeMultipart(text, calendar));
        }
        return message;
    }

    /** Whether an SMTP server is configured; without one nothing is sent. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** The sender address, also used as ORGANIZER in invitations. */
    public String from() {
        return settings.from() == null || settings.from().isBlank() ? "inbreng@localhost" : settings.from();
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port() == null ? 25 : settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (Boolean.TRUE.equals(settings.starttls())) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(settings.username(), settings.password());
                }
            });
        }
        return Session.getInstance(properties);
    }
}
