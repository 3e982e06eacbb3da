package nl.inbreng.identity;

import jakarta.inject.Singleton;
import nl.inbreng.areas.Gemeente;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The identity of the current gemeente, or a plain one when none is set up: the gemeente's name alone, or "Inbreng"
 * on an installation without any gemeente yet.
 */
@Singleton
public class ShowIdentity {

    static final String PRODUCT_NAME = "Inbreng";

    private final CurrentGemeente current;
    private final GemeenteIdentityRepository identities;
    private final GemeenteLogoRepository logos;

    ShowIdentity(CurrentGemeente current, GemeenteIdentityRepository identities, GemeenteLogoRepository logos) {
        this.current = current;
        this.identities = identities;
        this.logos = logos;
    }

    public IdentityView show() {
        Optional<Gemeente> gemeente = current.get();
        if (gemeente.isEmpty()) {
            return plain(null, PRODUCT_NAME);
        }
        Long id = gemeente.get().id();
        Optional<GemeenteIdentity> identity = identities.findById(id);
        if (identity.isEmpty()) {
            return plain(gemeente.get().code(), "Gemeente " + gemeente.get().name());
        }
        GemeenteIdentity own = identity.get();
        // the logo's address changes with the logo, so browsers may keep it for long
        String logoUrl = logos.findUpdatedAtByGemeenteId(id)
                .map(at -> "/api/v1/identity/logo?v=" + at.toInstant(ZoneOffset.UTC).toEpochMilli())
                .orElse(null);
        return new IdentityView(gemeente.get().code(), own.displayName(), own.planTitle(), own.tokenSet(),
                new IdentityView.Colours(own.colorPrimary(), own.colorPrimaryText(), own.colorLink()), own.fontFamily(),
                logoUrl, own.logoAlt(),
                new IdentityView.Contact(own.websiteUrl(), own.phone(), own.email(), own.postalAddress(),
                        own.privacyOfficerEmail()));
    }

    private static IdentityView plain(String code, String name) {
        return new IdentityView(code, name, null, GemeenteIdentity.TokenSet.NEUTRAAL,
                new IdentityView.Colours(null, null, null), null, null, null,
                new IdentityView.Contact(null, null, null, null, null));
    }
}
