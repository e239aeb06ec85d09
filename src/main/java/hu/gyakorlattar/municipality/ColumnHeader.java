package hu.gyakorlattar.municipality;

import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * A column an import expects, found by its header text rather than its position, because
 * publishers insert, reorder and rename columns ("Megye" became "Vármegye" in 2023).
 * Headers compare without case, accents, spaces or punctuation, so "KSH kód", "ksh_kod"
 * and "KSH-kód" are the same header.
 */
interface ColumnHeader {

	/** The header as the file should write it, for messages and documentation. */
	String header();

	/** Every accepted header, already in {@link #key} form. */
	Set<String> aliases();

	boolean required();

	static String key(String header) {
		return HungarianFormats.fold(header).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * Where each column is in a header row, if the row holds every required column;
	 * optional columns that are absent are left out.
	 */
	static <C extends Enum<C> & ColumnHeader> Optional<Map<C, Integer>> locate(SheetRow row, Class<C> columns) {
		Map<C, Integer> positions = new EnumMap<>(columns);
		List<String> keys = row.cells().stream().map(ColumnHeader::key).toList();
		for (C column : columns.getEnumConstants()) {
			for (int i = 0; i < keys.size(); i++) {
				if (column.aliases().contains(keys.get(i))) {
					positions.put(column, i);
					break;
				}
			}
			if (column.required() && !positions.containsKey(column)) {
				return Optional.empty();
			}
		}
		return Optional.of(positions);
	}

	/** The required columns a header row lacks, by their expected header. */
	static <C extends Enum<C> & ColumnHeader> List<String> missing(SheetRow row, Class<C> columns) {
		List<String> keys = row.cells().stream().map(ColumnHeader::key).toList();
		return Arrays.stream(columns.getEnumConstants())
			.filter((column) -> column.required() && keys.stream().noneMatch(column.aliases()::contains))
			.map(ColumnHeader::header)
			.toList();
	}

	static Set<String> keys(String... headers) {
		return Arrays.stream(headers).map(ColumnHeader::key).collect(Collectors.toSet());
	}

}
