package hu.gyakorlattar.municipality;

/**
 * Where a municipality lies, in degrees (WGS 84). {@code approximate} when no gazetteer
 * with coordinates names it and it stands at the middle of its district instead (see
 * {@link MunicipalityLocations}).
 */
public record MunicipalityLocation(double latitude, double longitude, boolean approximate) {

}
