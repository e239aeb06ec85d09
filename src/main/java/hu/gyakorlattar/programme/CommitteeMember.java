package hu.gyakorlattar.programme;

import java.util.Locale;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.Bilingual;

/**
 * An organisation sitting on the steering committee (Irányító Bizottság) in one cycle.
 */
@Entity
@Table(name = "programme_committee_member")
class CommitteeMember implements Cycle.Positioned {

	/** What kind of body an organisation is; the committee mixes all three. */
	public enum Kind {

		MINISTRY, NGO, MUNICIPAL_ASSOCIATION

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cycle_id")
	private Cycle cycle;

	private int position;

	private String organisationHu;

	private String organisationEn = "";

	private String abbreviation = "";

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Basic(fetch = FetchType.LAZY)
	private byte[] logo;

	private String logoContentType;

	protected CommitteeMember() {
	}

	CommitteeMember(Cycle cycle, int position) {
		this.cycle = cycle;
		this.position = position;
	}

	void describe(CommitteeMemberForm form) {
		this.organisationHu = form.organisationHu().strip();
		this.organisationEn = Localized.orEmpty(form.organisationEn());
		this.abbreviation = Localized.orEmpty(form.abbreviation());
		this.kind = form.kind();
	}

	void useLogo(byte[] image, String contentType) {
		this.logo = image;
		this.logoContentType = contentType;
	}

	CommitteeMemberForm toForm() {
		return new CommitteeMemberForm(this.organisationHu, this.organisationEn, this.abbreviation, this.kind, null);
	}

	public String organisation(Locale locale) {
		return getBilingualOrganisation().in(locale);
	}

	public Bilingual getBilingualOrganisation() {
		return new Bilingual(this.organisationHu, this.organisationEn);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

	public String getOrganisationHu() {
		return this.organisationHu;
	}

	public String getAbbreviation() {
		return this.abbreviation;
	}

	public Kind getKind() {
		return this.kind;
	}

	public boolean hasLogo() {
		return this.logoContentType != null;
	}

	byte[] getLogo() {
		return this.logo;
	}

	String getLogoContentType() {
		return this.logoContentType;
	}

}
