/**
 * What every module shares and nothing domain-specific: the page layout and error pages,
 * the embedded PostgreSQL used when no database is configured, language selection, and
 * the Hungarian conventions for dates, names and sorting.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package hu.gyakorlattar.shared;

import org.jspecify.annotations.NullMarked;
