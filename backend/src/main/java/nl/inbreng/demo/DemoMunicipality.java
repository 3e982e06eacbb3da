package nl.inbreng.demo;

import nl.inbreng.areas.Area.AreaKind;

import java.util.List;

/** The fictional Gemeente Veenendijk that the demo content and the corpus are written for. */
final class DemoMunicipality {

    static final String CODE = "veenendijk";
    static final String NAME = "Veenendijk";
    static final int POPULATION = 41_300;

    record DemoArea(String code, String name, AreaKind kind, int population) {
    }

    static final List<DemoArea> AREAS = List.of(
            new DemoArea("centrum", "Centrum", AreaKind.WIJK, 4_200),
            new DemoArea("oude-dorp", "Oude Dorp", AreaKind.WIJK, 5_100),
            new DemoArea("de-hoven", "De Hoven", AreaKind.WIJK, 7_800),
            new DemoArea("molenkamp", "Molenkamp", AreaKind.WIJK, 6_900),
            new DemoArea("stationskwartier", "Stationskwartier", AreaKind.WIJK, 4_600),
            new DemoArea("de-vaart", "Bedrijvenpark De Vaart", AreaKind.BEDRIJVENTERREIN, 150),
            new DemoArea("eesveen", "Eesveen", AreaKind.KERN, 3_900),
            new DemoArea("buitenwaard", "Buitenwaard", AreaKind.KERN, 3_300),
            new DemoArea("lindeloo", "Lindeloo", AreaKind.KERN, 2_750),
            new DemoArea("buitengebied", "Buitengebied", AreaKind.BUITENGEBIED, 2_600));

    private DemoMunicipality() {
    }
}
