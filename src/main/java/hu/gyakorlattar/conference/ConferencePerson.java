package hu.gyakorlattar.conference;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.PersonName;
import org.jspecify.annotations.Nullable;

/** Someone on the conference's stage: a speaker or the moderator. */
@Entity
@Table(name = "conference_person")
class ConferencePerson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Conference conference;

	private String prefix = "";

	private String familyName;

	private String givenName;

	private String post = "";

	private String organisation = "";

	private String bio = "";

	private String postEn = "";

	private String organisationEn = "";

	private String bioEn = "";

	@OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "photo_id")
	private @Nullable ConferenceFile photo;

	protected ConferencePerson() {
	}

	ConferencePerson(Conference conference, PersonForm form) {
		this.conference = conference;
		describe(form);
	}

	void describe(PersonForm form) {
		this.prefix = Text.orEmpty(form.prefix());
		this.familyName = form.familyName().strip();
		this.givenName = form.givenName().strip();
		this.post = Text.orEmpty(form.post());
		this.organisation = Text.orEmpty(form.organisation());
		this.bio = Text.orEmpty(form.bio());
		this.postEn = Text.orEmpty(form.postEn());
		this.organisationEn = Text.orEmpty(form.organisationEn());
		this.bioEn = Text.orEmpty(form.bioEn());
	}

	void usePhoto(FileContent file) {
		this.photo = new ConferenceFile(file);
	}

	PersonForm toForm() {
		return new PersonForm(this.prefix, this.familyName, this.givenName, this.post, this.organisation, this.bio,
				this.postEn, this.organisationEn, this.bioEn);
	}

	PersonView toView() {
		return new PersonView(this.id, new PersonName(this.prefix, this.familyName, this.givenName), this.post,
				this.organisation, this.bio, this.photo != null, this.postEn, this.organisationEn, this.bioEn);
	}

	Long getId() {
		return this.id;
	}

	ConferenceFile getPhoto() {
		return this.photo;
	}

}
