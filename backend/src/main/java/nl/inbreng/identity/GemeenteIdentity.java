package nl.inbreng.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A gemeente's name, plan title, house style and the contact details its statements name. */
@MappedEntity("gemeente_identity")
public record GemeenteIdentity(
        @Id Long gemeenteId,
        String displayName,
        @Nullable String planTitle,
        TokenSet tokenSet,
        @Nullable String colorPrimary,
        @Nullable String colorPrimaryText,
        @Nullable String colorLink,
        @Nullable String fontFamily,
        @Nullable String websiteUrl,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String postalAddress,
        @Nullable String privacyOfficerEmail,
        @Nullable String logoAlt,
        LocalDateTime updatedAt) {

    /** The published design-token sets the portal can wear; NEUTRAAL is Inbreng's own (frontend/src/shared/theme). */
    public enum TokenSet { NEUTRAAL, UTRECHT }

    /** Builds an identity by name: fifteen fields are too many to pass by position. */
    public static Builder builder(Long gemeenteId, String displayName, TokenSet tokenSet, LocalDateTime updatedAt) {
        return new Builder(gemeenteId, displayName, tokenSet, updatedAt);
    }

    public static final class Builder {
        private final Long gemeenteId;
        private final String displayName;
        private final TokenSet tokenSet;
        private final LocalDateTime updatedAt;
        private String planTitle;
        private String colorPrimary;
        private String colorPrimaryText;
        private String colorLink;
        private String fontFamily;
        private String websiteUrl;
        private String phone;
        private String email;
        private String postalAddress;
        private String privacyOfficerEmail;
        private String logoAlt;

        private Builder(Long gemeenteId, String displayName, TokenSet tokenSet, LocalDateTime updatedAt) {
            this.gemeenteId = gemeenteId;
            this.displayName = displayName;
            this.tokenSet = tokenSet;
            this.updatedAt = updatedAt;
        }

        public Builder planTitle(@Nullable String value) {
            planTitle = value;
            return this;
        }

        public Builder colours(@Nullable String primary, @Nullable String primaryText, @Nullable String link) {
            colorPrimary = primary;
            colorPrimaryText = primaryText;
            colorLink = link;
            return this;
        }

        public Builder fontFamily(@Nullable String value) {
            fontFamily = value;
            return this;
        }

        public Builder contact(@Nullable String website, @Nullable String phoneNumber, @Nullable String emailAddress,
                               @Nullable String address, @Nullable String officerEmail) {
            websiteUrl = website;
            phone = phoneNumber;
            email = emailAddress;
            postalAddress = address;
            privacyOfficerEmail = officerEmail;
            return this;
        }

        public Builder logoAlt(@Nullable String value) {
            logoAlt = value;
            return this;
        }

        public GemeenteIdentity build() {
            return new GemeenteIdentity(gemeenteId, displayName, planTitle, tokenSet, colorPrimary, colorPrimaryText,
                    colorLink, fontFamily, websiteUrl, phone, email, postalAddress, privacyOfficerEmail, logoAlt, updatedAt);
        }
    }
}
