package nl.inbreng.rounds.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.EmailAddress;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.InvitationCodes;
import nl.inbreng.rounds.Organisation;
import nl.inbreng.rounds.OrganisationRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundInvitation;
import nl.inbreng.rounds.RoundInvitationRepository;
import nl.inbreng.rounds.RoundRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invites an organisation to a round and hands out its code once; only the code's hash is kept. The code is
 * valid until the round closes (or an earlier date) and works for one advice.
 */
@Singleton
class InviteOrganisation {

    private final RoundRepository rounds;
    private final OrganisationRepository organisations;
    private final RoundInvitationRepository invitations;
    private final Clock clock;

    InviteOrganisation(RoundRepository rounds, OrganisationRepository organisations,
                       RoundInvitationRepository invitations, Clock clock) {
        this.rounds = rounds;
        this.organisations = organisations;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** The organisation to invite, with its contact person. */
    @Serdeable
    record NewInvitation(@Nullable String name, @Nullable Organisation.Kind kind, @Nullable String contactName,
                         @Nullable String contactEmail, @Nullable LocalDateTime expiresAt) {
    }

    /** The invitation with its code in plain text: shown this once. */
    @Serdeable
    record Invited(Long invitationId, Long organisationId, String organisationName, String code, LocalDateTime expiresAt) {
    }

    @Transactional
    Optional<Invited> invite(Long roundId, NewInvitation request) {
        Round round = rounds.findById(roundId).orElse(null);
        if (round == null) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new Problem.FieldError("name", "Vul de naam van de organisatie in (hoogstens 200 tekens)."));
        }
        if (request.kind() == null) {
            errors.add(new Problem.FieldError("kind", "Kies wat voor organisatie het is."));
        }
        if (request.contactEmail() != null && !request.contactEmail().isBlank()
                && !EmailAddress.isValid(request.contactEmail().strip())) {
            errors.add(new Problem.FieldError("contactEmail", "Vul een geldig e-mailadres in, of laat dit leeg."));
        }
        LocalDateTime expiresAt = request.expiresAt() == null ? round.closesAt() : request.expiresAt();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!expiresAt.isAfter(now)) {
            errors.add(new Problem.FieldError("expiresAt", "Kies een datum in de toekomst."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation organisation = organisations.save(new Organisation(null, round.gemeenteId(), request.name().strip(),
                request.kind(), blankToNull(request.contactName()), blankToNull(request.contactEmail()), now));
        String code = InvitationCodes.newCode();
        RoundInvitation invitation = invitations.save(new RoundInvitation(null, roundId, organisation.id(),
                InvitationCodes.hash(code), expiresAt, null, now));
        return Optional.of(new Invited(invitation.id(), organisation.id(), organisation.name(), code, expiresAt));
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
