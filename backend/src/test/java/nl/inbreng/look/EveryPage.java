package nl.inbreng.look;


import java.util.List;

/** The pages of both apps that the layout journey and the screenshots visit, with the demo content loaded. */
final class EveryPage {

    /** A page: its address, a short name for files and reports, and whether it needs a signed-in beheerder. */
    record Visit(String path, String name, boolean admin) {
    }

    static final List<Visit> PORTAL = List.of(
            new Visit("/", "portal-start", false),
            new Visit("/inbreng", "portal-inbreng", false),
            new Visit("/mijn-inbreng", "portal-mijn-inbreng", false),
            new Visit("/prioriteiten", "portal-prioriteiten", false),
            new Visit("/wat-doen-we-ermee", "portal-wat-doen-we-ermee", false),
            new Visit("/thematafels", "portal-thematafels", false),
            new Visit("/rondes/wijkraden-veenendijk-2027", "portal-ronde", false),
            new Visit("/privacy", "portal-privacy", false),
            new Visit("/toegankelijkheid", "portal-toegankelijkheid", false),
            new Visit("/kraam", "portal-kraam", false),
            new Visit("/bestaat-niet", "portal-niet-gevonden", false));

    static final List<Visit> ADMIN = List.of(
            new Visit("/admin/", "admin-overzicht", true),
            new Visit("/admin/inbox", "admin-inbox", true),
            new Visit("/admin/inbox?q=jongeren", "admin-inbox-zoeken", true),
            new Visit("/admin/inbreng/1", "admin-inbreng-detail", true),
            new Visit("/admin/weet-ik-niet", "admin-weet-ik-niet", true),
            new Visit("/admin/persoonsgegevens", "admin-persoonsgegevens", true),
            new Visit("/admin/thematafels", "admin-thematafels", true),
            new Visit("/admin/thematafels/plannen", "admin-thematafels-plannen", true),
            new Visit("/admin/rondes", "admin-rondes", true),
            new Visit("/admin/kraammomenten", "admin-kraammomenten", true),
            new Visit("/admin/dashboard", "admin-dashboard", true),
            new Visit("/admin/inzicht", "admin-inzicht", true),
            new Visit("/admin/prioritering", "admin-prioritering", true),
            new Visit("/admin/importeren", "admin-importeren", true),
            new Visit("/admin/accounts", "admin-accounts", true),
            new Visit("/admin/auditlog", "admin-auditlog", true),
            new Visit("/admin/samenvattingen", "admin-samenvattingen", true),
            new Visit("/admin/huisstijl", "admin-huisstijl", true));

    static final int[] WIDTHS = {390, 1280, 1920};

    private EveryPage() {
    }
}
