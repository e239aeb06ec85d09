-- A practice's theme kept the Hungarian name as its English one where the theme had none;
-- it now keeps the English name empty, so that an English page can mark the Hungarian one.
update practice_theme set name_en = '' where name_en = name_hu;
