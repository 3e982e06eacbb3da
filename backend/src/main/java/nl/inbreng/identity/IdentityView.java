package nl.inbreng.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The identity as the apps and the statements read it (GET /api/v1/identity, and inside every index.html). */
@Serdeable
public record IdentityView(
        @Nullable String gemeenteCode,
        String name,
        @Nullable String planTitle,
        GemeenteIdentity.TokenSet tokenSet,
        Colours colours,
        @Nullable String fontFamily,
        @Nullable String logoUrl,
        @Nullable String logoAlt,
        Contact contact) {

    /** Own colours as #rrggbb; null where the token set's own colour applies. */
    @Serdeable
    public record Colours(@Nullable String primary, @Nullable String primaryText, @Nullable String link) {
    }

    /** Where a resident reaches the gemeente, as the privacy and accessibility statements say it. */
    @Serdeable
    public record Contact(@Nullable String websiteUrl, @Nullable String phone, @Nullable String email,
                          @Nullable String postalAddress, @Nullable String privacyOfficerEmail) {
    }
}
