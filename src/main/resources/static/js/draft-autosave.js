// Saves the application draft a few seconds after the applicant stops typing, so that a closed browser or a lost
// connection loses nothing, and says so in the form's status line. It sends the form's version like the "Mentés"
// button and takes the new one back; if someone else saved in between, it stops and asks for a save by hand, which
// shows both texts. Uploading or removing an attachment reloads the page, so unsaved text is saved first. Without
// JavaScript the button is all there is.
(function () {
	'use strict';

	var DELAY_MS = 2000;

	function attach(form) {
		var status = document.getElementById('autosave-status');
		var version = form.querySelector('input[name="version"]');
		var timer = null;
		var saving = false;
		var again = false;
		var stopped = false;
		var thenSubmit = null;
		var dirty = false;
		var lastSaved = false;
		var thenSubmitOther = null;

		function done() {
			saving = false;
			if (thenSubmit) {
				// A save by hand waited for this one, so that it sends the version this one got back.
				var submit = thenSubmit;
				thenSubmit = null;
				submit();
				return;
			}
			if (again && !stopped) {
				again = false;
				save();
				return;
			}
			if (thenSubmitOther) {
				// Another form (an attachment's) waited for the text to be saved; if it could
				// not be, the status line says why and the page stays as it is.
				var submitOther = thenSubmitOther;
				thenSubmitOther = null;
				if (lastSaved && !dirty) {
					submitOther();
				}
			}
		}

		function save() {
			if (saving) {
				again = true;
				return;
			}
			saving = true;
			dirty = false;
			lastSaved = false;
			var fields = new URLSearchParams(new FormData(form));
			fields.delete('action');
			fetch(form.getAttribute('data-autosave'), {
				method: 'POST',
				body: fields,
				credentials: 'same-origin',
				headers: { 'Accept': 'application/json' }
			}).then(function (response) {
				return response.json().then(function (answer) {
					if (answer.saved) {
						version.value = answer.version;
						lastSaved = true;
					}
					else {
						dirty = true;
						stopped = stopped || response.status === 409;
					}
					status.textContent = answer.message;
				});
			}).catch(function () {
				dirty = true;
				status.textContent = form.getAttribute('data-autosave-offline');
			}).then(done);
		}

		form.addEventListener('input', function () {
			dirty = true;
			if (stopped) {
				return;
			}
			window.clearTimeout(timer);
			timer = window.setTimeout(save, DELAY_MS);
		});

		form.addEventListener('submit', function (event) {
			window.clearTimeout(timer);
			again = false;
			if (saving) {
				event.preventDefault();
				var submitter = event.submitter;
				thenSubmit = function () {
					form.requestSubmit(submitter);
				};
			}
		});

		document.addEventListener('submit', function (event) {
			var other = event.target;
			if (other === form || stopped || (!dirty && !saving)) {
				return;
			}
			event.preventDefault();
			window.clearTimeout(timer);
			var submitter = event.submitter;
			thenSubmitOther = function () {
				other.requestSubmit(submitter);
			};
			if (saving) {
				again = dirty;
			}
			else {
				save();
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		var form = document.querySelector('form[data-autosave]');
		if (form && window.fetch && window.FormData && window.URLSearchParams) {
			attach(form);
		}
	});
}());
