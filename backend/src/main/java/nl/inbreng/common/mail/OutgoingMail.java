package nl.inbreng.common.mail;

import io.micronaut.core.annotation.Nullable;

/** A plain-text mail to one person, optionally with an iCalendar invitation (text/calendar) attached. */
public record OutgoingMail(String to, String subject, String text, @Nullable CalendarPart calendar) {

    /** An iCalendar body and its iTIP method (REQUEST, CANCEL). */
    public record CalendarPart(String method, String ics) {
    }
}
