package hu.gyakorlattar.municipality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to exhaust a reader, a few hundred kilobytes each: a sheet of far more
 * rows than any real list, a part that inflates to more than a reader should hold, a
 * workbook of thousands of parts. Each is written part by part, as Excel would, with one
 * sheet of the given name.
 */
final class OversizedWorkbooks {

	private static final String SHEET = "xl/worksheets/sheet1.xml";

	private OversizedWorkbooks() {
	}

	/**
	 * A sheet of {@code rows} identical one-cell rows (no row numbers, so the sheet's XML
	 * is one repetition that deflates a thousandfold), followed, when
	 * {@code brokenAfter}, by XML no reader can parse: a reader that refuses at its row
	 * limit never reaches it.
	 */
	static byte[] rows(String sheetName, int rows, boolean brokenAfter) {
		return rewrite(sheetName, (zip) -> {
			zip.putNextEntry(new ZipEntry(SHEET));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] row = "<row><c><v>1</v></c></row>".getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < rows; i++) {
				zip.write(row);
			}
			zip.write((brokenAfter ? "<row><c><v>1</c></row></<sheetData>" : "</sheetData></worksheet>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}, SHEET);
	}

	/**
	 * A workbook with one more part of {@code bytes} zeros; when {@code lying}, its entry
	 * in the zip's central directory claims 10 bytes.
	 */
	static byte[] withPartOf(String sheetName, long bytes, boolean lying) {
		String name = "xl/media/image1.bin";
		byte[] zip = rewrite(sheetName, (out) -> {
			out.putNextEntry(new ZipEntry(name));
			byte[] zeros = new byte[64 * 1024];
			for (long written = 0; written < bytes; written += zeros.length) {
				out.write(zeros, 0, (int) Math.min(zeros.length, bytes - written));
			}
			out.closeEntry();
		}, null);
		if (lying) {
			declareSize(zip, name, 10);
		}
		return zip;
	}

	/** A workbook with {@code count} more empty parts. */
	static byte[] withParts(String sheetName, int count) {
		return rewrite(sheetName, (zip) -> {
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
				zip.closeEntry();
			}
		}, null);
	}

	private interface Parts {

		void write(ZipOutputStream zip) throws IOException;

	}

	/**
	 * A workbook of the parts Excel needs, with one sheet of the given name and the given
	 * parts added, or in place of the sheet's own part when {@code replaced} names it.
	 */
	private static byte[] rewrite(String sheetName, Parts added, String replaced) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/worksheets/sheet1.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
				</Types>""");
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="xl/workbook.xml"/></Relationships>""");
		parts.put("xl/workbook.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
				<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(sheetName));
		parts.put("xl/_rels/workbook.xml.rels", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
				Target="worksheets/sheet1.xml"/></Relationships>""");
		parts.put(SHEET, """
				<?xml version="1.0" encoding="UTF-8"?>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
				<row r="1"><c r="A1" t="inlineStr"><is><t>KSH kód</t></is></c></row></sheetData></worksheet>""");
		parts.remove(replaced);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				for (Map.Entry<String, String> part : parts.entrySet()) {
					zip.putNextEntry(new ZipEntry(part.getKey()));
					zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
				added.write(zip);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Rewrites the uncompressed size that the central directory declares for the entry
	 * (the local header's is zero: ZipOutputStream puts the sizes after the data).
	 */
	private static void declareSize(byte[] zip, String name, int size) {
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int at = zip.length - 46; at >= 0; at--) {
			if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2
					&& matches(zip, at + 46, wanted)) {
				zip[at + 24] = (byte) size;
				zip[at + 25] = (byte) (size >>> 8);
				zip[at + 26] = (byte) (size >>> 16);
				zip[at + 27] = (byte) (size >>> 24);
				return;
			}
		}
		throw new IllegalStateException("No central directory entry for " + name);
	}

	private static boolean matches(byte[] zip, int at, byte[] wanted) {
		if (at + wanted.length > zip.length) {
			return false;
		}
		for (int i = 0; i < wanted.length; i++) {
			if (zip[at + i] != wanted[i]) {
				return false;
			}
		}
		return true;
	}

}
