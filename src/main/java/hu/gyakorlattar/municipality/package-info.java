/**
 * The directory of Hungarian municipalities: every settlement-level local government of
 * the KSH gazetteer (helységnévtár) keyed by its 5-digit KSH code, with legal status,
 * county, district (járás), population and area, kept current by importing each year's
 * gazetteer, where each lies (from GeoNames, or approximately, for maps), and the mayors'
 * contacts (personal data, for administrators only). Other modules refer to a
 * municipality by its KSH code and read it through
 * {@link hu.gyakorlattar.municipality.MunicipalityDirectory}; no municipality is ever
 * deleted.
 */
@NullMarked
package hu.gyakorlattar.municipality;

import org.jspecify.annotations.NullMarked;
