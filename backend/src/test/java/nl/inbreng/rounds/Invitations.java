package nl.inbreng.rounds;

import java.time.LocalDateTime;

/** Test data: an organisation invited to a round, stored as the beheerder's invitation would store it. */
public final class Invitations {

    private Invitations() {
    }

    /** Invites a new organisation of this name and answers its code (shown once, as to the beheerder). */
    public static String invite(Round round, String organisationName, OrganisationRepository organisations,
                                RoundInvitationRepository invitations) {
        LocalDateTime now = LocalDateTime.now();
        Organisation organisation = organisations.save(new Organisation(null, round.gemeenteId(), organisationName,
                Organisation.Kind.WIJKRAAD, "Secretaris " + organisationName, null, now));
        String code = InvitationCodes.newCode();
        invitations.save(new RoundInvitation(null, round.id(), organisation.id(), InvitationCodes.hash(code),
                round.closesAt(), null, now));
        return code;
    }
}
