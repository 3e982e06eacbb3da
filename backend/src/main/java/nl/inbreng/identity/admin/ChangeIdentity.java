package nl.inbreng.identity.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;
import nl.inbreng.identity.CurrentGemeente;
import nl.inbreng.identity.GemeenteIdentity;
import nl.inbreng.identity.GemeenteIdentityRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A beheerder sets the gemeente's name, plan title, house style and contact details. Own colours must keep text
 * readable (WCAG 1.4.3: 4.5:1), because a gemeente's brand colour is not always a good background for white text;
 * the font name ends up in a style sheet, so only plain font names pass.
 */
@Singleton
class ChangeIdentity {

    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Pattern FONT = Pattern.compile("^[A-Za-z0-9 ,'\"-]{1,200}$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]{1,290}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final double READABLE = 4.5;

    private final CurrentGemeente current;
    private final GemeenteIdentityRepository identities;
    private final Clock clock;

    ChangeIdentity(CurrentGemeente current, GemeenteIdentityRepository identities, Clock clock) {
        this.current = current;
        this.identities = identities;
        this.clock = clock;
    }

    /** The form as the beheerder sends it; empty texts mean "not set". */
    @Serdeable
    record Request(@Nullable String displayName, @Nullable String planTitle, @Nullable String tokenSet,
                   @Nullable String colorPrimary, @Nullable String colorPrimaryText, @Nullable String colorLink,
                   @Nullable String fontFamily, @Nullable String websiteUrl, @Nullable String phone,
                   @Nullable String email, @Nullable String postalAddress, @Nullable String privacyOfficerEmail,
                   @Nullable String logoAlt) {
    }

    sealed interface Result {
        record Saved(GemeenteIdentity identity) implements Result {
        }

        record Invalid(List<Problem.FieldError> errors) implements Result {
        }

        record NoGemeente() implements Result {
        }
    }

    Result change(Request request) {
        var gemeente = current.get();
        if (gemeente.isEmpty()) {
            return new Result.NoGemeente();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = text(request.displayName());
        if (name == null) {
            errors.add(new Problem.FieldError("displayName", "Vul de naam in zoals inwoners die kennen, bijvoorbeeld Gemeente Veenendijk."));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError("displayName", "Gebruik hoogstens 200 tekens voor de naam."));
        }
        String planTitle = limited(request.planTitle(), "planTitle", 200, errors);
        GemeenteIdentity.TokenSet tokenSet = tokenSet(request.tokenSet(), errors);
        String primary = colour(request.colorPrimary(), "colorPrimary", errors);
        String primaryText = colour(request.colorPrimaryText(), "colorPrimaryText", errors);
        String link = colour(request.colorLink(), "colorLink", errors);
        if (primary != null && contrast(primary, primaryText == null ? "#ffffff" : primaryText) < READABLE) {
            errors.add(new Problem.FieldError(primaryText == null ? "colorPrimary" : "colorPrimaryText",
                    "Tekst op de hoofdkleur is zo niet goed leesbaar (minder dan 4,5 : 1). Kies een donkerdere hoofdkleur of een andere tekstkleur."));
        }
        if (link != null && contrast(link, "#ffffff") < READABLE) {
            errors.add(new Problem.FieldError("colorLink",
                    "Links in deze kleur zijn op wit niet goed leesbaar (minder dan 4,5 : 1). Kies een donkerdere kleur."));
        }
        String font = text(request.fontFamily());
        if (font != null && !FONT.matcher(font).matches()) {
            errors.add(new Problem.FieldError("fontFamily", "Gebruik alleen lettertypenamen, gescheiden door komma's, bijvoorbeeld Arial, sans-serif."));
        }
        String website = text(request.websiteUrl());
        if (website != null && !URL.matcher(website).matches()) {
            errors.add(new Problem.FieldError("websiteUrl", "Vul een webadres in dat begint met https://."));
        }
        String email = email(request.email(), "email", errors);
        String officer = email(request.privacyOfficerEmail(), "privacyOfficerEmail", errors);
        String phone = limited(request.phone(), "phone", 40, errors);
        String address = limited(request.postalAddress(), "postalAddress", 300, errors);
        String logoAlt = limited(request.logoAlt(), "logoAlt", 200, errors);
        if (!errors.isEmpty()) {
            return new Result.Invalid(errors);
        }
        Long id = gemeente.get().id();
        GemeenteIdentity identity = GemeenteIdentity.builder(id, name, tokenSet, LocalDateTime.now(clock))
                .planTitle(planTitle).colours(primary, primaryText, link).fontFamily(font)
                .contact(website, phone, email, address, officer).logoAlt(logoAlt).build();
        return new Result.Saved(identities.existsById(id) ? identities.update(identity) : identities.save(identity));
    }

    private static GemeenteIdentity.TokenSet tokenSet(@Nullable String value, List<Problem.FieldError> errors) {
        String text = text(value);
        if (text == null) {
            return GemeenteIdentity.TokenSet.NEUTRAAL;
        }
        try {
            return GemeenteIdentity.TokenSet.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("tokenSet", "Kies een huisstijl uit de lijst."));
            return GemeenteIdentity.TokenSet.NEUTRAAL;
        }
    }

    private static @Nullable String colour(@Nullable String value, String field, List<Problem.FieldError> errors) {
        String text = text(value);
        if (text != null && !COLOUR.matcher(text).matches()) {
            errors.add(new Problem.FieldError(field, "Vul een kleur in als # en zes tekens, bijvoorbeeld #1f4e79."));
            return null;
        }
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String email(@Nullable String value, String field, List<Problem.FieldError> errors) {
        String text = text(value);
        if (text != null && (text.length() > 254 || !EMAIL.matcher(text).matches())) {
            errors.add(new Problem.FieldError(field, "Vul een geldig e-mailadres in, zoals privacy@gemeente.nl."));
        }
        return text;
    }

    private static @Nullable String limited(@Nullable String value, String field, int max, List<Problem.FieldError> errors) {
        String text = text(value);
        if (text != null && text.length() > max) {
            errors.add(new Problem.FieldError(field, "Gebruik hoogstens " + max + " tekens."));
        }
        return text;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
