package nl.inbreng.accounts;

/**
 * What an admin user may do: manage (BEHEERDER), analyse (ANALIST), run thematafels, staff a stall, and manage the
 * installation's gemeenten and their first beheerders (INSTALLATIEBEHEERDER, ADR 0170). Which gemeenten' data a
 * user sees is not a role but the account's {@link GemeenteScope}.
 */
public enum Role { BEHEERDER, ANALIST, FACILITATOR, KRAAM, INSTALLATIEBEHEERDER }
