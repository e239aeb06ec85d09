/**
 * The programme itself: its yearly cycles, each cycle's themes and steering committee,
 * and the public pages that present the programme (home, each year's page, privacy
 * notice, accessibility statement); the modules that depend on this one list their calls
 * and conferences there through {@link hu.gyakorlattar.programme.ProgrammeYearListings}.
 * Everything that varies by year belongs to a cycle; nothing here is hard-coded.
 */
@NullMarked
package hu.gyakorlattar.programme;

import org.jspecify.annotations.NullMarked;
