// Type-ahead for municipality fields (every input with a data-suggest address): fills the field's <datalist> from
// the directory API as the visitor types. Without this script the fields still work: the server resolves a typed
// name or KSH code and says when a name is ambiguous or unknown.
(function () {
	'use strict';
	if (!window.fetch) {
		return;
	}
	Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest][list]'), function (input) {
		var list = document.getElementById(input.getAttribute('list'));
		if (!list) {
			return;
		}
		var api = input.getAttribute('data-suggest');
		var timer = null;
		var asked = '';
		input.addEventListener('input', function () {
			var text = input.value.trim();
			if (text.length < 2 || /\(\d{5}\)$/.test(text) || text === asked) {
				return;
			}
			clearTimeout(timer);
			timer = setTimeout(function () {
				asked = text;
				fetch(api + '?size=15&q=' + encodeURIComponent(text), { headers: { 'Accept': 'application/json' } })
					.then(function (response) { return response.ok ? response.json() : { items: [] }; })
					.then(function (page) {
						while (list.firstChild) {
							list.removeChild(list.firstChild);
						}
						page.items.forEach(function (m) {
							var option = document.createElement('option');
							option.value = m.name + ' (' + m.kshCode + ')';
							option.textContent = m.county || '';
							list.appendChild(option);
						});
					})
					.catch(function () { /* the server-side check still works */ });
			}, 200);
		});
	});
}());
