/**
 * What the programme's evidence says to a municipality: "municipalities like yours" ranks
 * the published practices by fit (the KSH gazetteer's size, legal status, county and
 * region; the themes of the municipality's applications, conference registrations and
 * transfers; the practices similar municipalities take up), explains each recommendation
 * in a sentence, and offers them to the municipality's applicants and as open data; and
 * the public impact map of practices and transfers between municipalities. It owns no
 * tables: it reads the other modules' public APIs.
 */
@NullMarked
package hu.gyakorlattar.impact;

import org.jspecify.annotations.NullMarked;
