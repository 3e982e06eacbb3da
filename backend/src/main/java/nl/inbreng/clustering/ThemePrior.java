package nl.inbreng.clustering;

/** A theme whose name, description and example words may seed a cluster; inputs are still free to go elsewhere. */
public record ThemePrior(String code, String text) {
}
