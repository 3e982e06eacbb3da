package nl.inbreng.common.mail;

import io.micronaut.core.annotation.Nullable;

/**
 * A mail to one person: plain text, optionally an HTML alternative of the same content, optionally an iCalendar
 * invitation (text/calendar) attached.
 */
public record OutgoingMail(String to, String subject, String text, @Nullable CalendarPart calendar, @Nullable String html) {

    public OutgoingMail(String to, String subject, String text, @Nullable CalendarPart calendar) {
        this(to, subject, text, calendar, null);
    }

    /** An iCalendar body and its iTIP method (REQUEST, CANCEL). */
    public record CalendarPart(String method, String ics) {
    }
}
