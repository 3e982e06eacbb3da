package nl.inbreng.tables;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes the iCalendar (RFC 5545) invitation for one registration. Times go out in UTC so every calendar
 * places the session right without a VTIMEZONE block; the UID is stable per registration so a later CANCEL
 * replaces the same calendar item.
 */
final class CalendarInvite {

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private CalendarInvite() {
    }

    static String write(String method, TableSession session, Registration registration, String organiser,
                        LocalDateTime dutchNow, int sequence) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Inbreng//Thematafels//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:thematafel-" + session.id() + "-" + registration.id() + "@inbreng");
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + utc(dutchNow));
        line(ics, "DTSTART:" + utc(session.startsAt()));
        line(ics, "DTEND:" + utc(session.endsAt()));
        line(ics, "SUMMARY:" + text("Thematafel: " + session.title()));
        line(ics, "LOCATION:" + text(session.place()));
        if (session.description() != null) {
            line(ics, "DESCRIPTION:" + text(session.description()));
        }
        line(ics, "ORGANIZER:mailto:" + organiser);
        line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + registration.email());
        line(ics, "STATUS:" + ("CANCEL".equals(method) ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String utc(LocalDateTime dutchTime) {
        return dutchTime.atZone(TableSession.ZONE).withZoneSameInstant(ZoneOffset.UTC).format(UTC_STAMP);
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newlines have a meaning in iCalendar. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Adds one content line, folded at 75 octets without splitting a UTF-8 character, ended by CRLF. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
