package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDateTime;

/**
 * What a typed invitation code means for one round: unknown (also a code of another round), expired, already used,
 * or usable. One place for this, so checking a code on the round page and giving the advice answer alike.
 */
@Singleton
public class InvitationLookup {

    public static final String UNKNOWN = "Deze code kennen wij niet voor deze ronde. Controleer de code uit de uitnodiging (bijvoorbeeld ABCD-EFGH-JKMN).";
    public static final String USED = "Met deze code is al advies gegeven. Elke organisatie geeft één keer advies per ronde. "
            + "Wilt u iets aanvullen? Neem dan contact op met de gemeente.";
    public static final String EXPIRED = "Deze code is verlopen. Vraag de gemeente om een nieuwe code.";

    private final RoundInvitationRepository invitations;

    InvitationLookup(RoundInvitationRepository invitations) {
        this.invitations = invitations;
    }

    public sealed interface CodeState {
        record Usable(RoundInvitation invitation) implements CodeState {
        }

        record Unknown() implements CodeState {
        }

        record Expired() implements CodeState {
        }

        record Used() implements CodeState {
        }
    }

    public CodeState find(Round round, @Nullable String typed, LocalDateTime now) {
        RoundInvitation invitation = typed == null || typed.isBlank() ? null
                : invitations.findByCodeHash(InvitationCodes.hash(typed))
                .filter(found -> found.roundId().equals(round.id())).orElse(null);
        if (invitation == null) {
            return new CodeState.Unknown();
        }
        if (!now.isBefore(invitation.expiresAt())) {
            return new CodeState.Expired();
        }
        if (invitation.usedAt() != null) {
            return new CodeState.Used();
        }
        return new CodeState.Usable(invitation);
    }
}
