package nl.inbreng.accounts;

/** What an admin user may do: manage (BEHEERDER), analyse (ANALIST), run thematafels, staff a stall. */
public enum Role { BEHEERDER, ANALIST, FACILITATOR, KRAAM }
