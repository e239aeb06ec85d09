package hu.gyakorlattar.municipality;

import java.util.List;

/**
 * A whole gazetteer file, read and checked: the year it describes and its settlements.
 */
record Gazetteer(int year, List<GazetteerEntry> entries) {

}
