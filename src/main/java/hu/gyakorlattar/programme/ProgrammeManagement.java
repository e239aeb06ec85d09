package hu.gyakorlattar.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme office's use cases for cycles, themes and the steering committee, and
 * what other modules may read of them.
 */
@Service
@Transactional
public class ProgrammeManagement {

	static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

	static final int LOGO_MAX_BYTES = 512 * 1024;

	private final CycleRepository cycles;

	private final CommitteeMemberRepository members;

	ProgrammeManagement(CycleRepository cycles, CommitteeMemberRepository members) {
		this.cycles = cycles;
		this.members = members;
	}

	/** The cycle the public pages present: the latest year. */
	@Transactional(readOnly = true)
	public Optional<CycleView> currentCycle() {
		return latestCycle().map(Cycle::toView);
	}

	@Transactional(readOnly = true)
	public Optional<CycleView> cycle(int year) {
		return cycleOfYear(year).map(Cycle::toView);
	}

	/** Every cycle, the latest year first. */
	@Transactional(readOnly = true)
	public List<CycleView> allCycles() {
		return cycles().stream().map(Cycle::toView).toList();
	}

	@Transactional(readOnly = true)
	Optional<Cycle> latestCycle() {
		return this.cycles.findFirstByOrderByYearDesc().map(ProgrammeManagement::loaded);
	}

	@Transactional(readOnly = true)
	Optional<Cycle> cycleOfYear(int year) {
		return this.cycles.findByYear(year).map(ProgrammeManagement::loaded);
	}

	@Transactional(readOnly = true)
	List<Cycle> cycles() {
		return this.cycles.findAllByOrderByYearDesc().stream().map(ProgrammeManagement::loaded).toList();
	}

	Cycle createCycle(CycleForm form) {
		if (this.cycles.existsByYear(form.year())) {
			throw new InvalidInput("year", "programme.cycle.year.taken", form.year());
		}
		Cycle cycle = new Cycle(form.year());
		cycle.describe(form);
		return this.cycles.save(cycle);
	}

	void describeCycle(int year, CycleForm form) {
		cycleOrFail(year).describe(form);
	}

	Theme addTheme(int year, ThemeForm form) {
		Cycle cycle = cycleOrFail(year);
		if (cycle.hasThemeNamed(form.nameHu(), null)) {
			throw new InvalidInput("nameHu", "programme.theme.name.taken");
		}
		Theme theme = cycle.addTheme(form);
		this.cycles.flush();
		return theme;
	}

	void describeTheme(int year, long themeId, ThemeForm form) {
		Cycle cycle = cycleOrFail(year);
		if (cycle.hasThemeNamed(form.nameHu(), themeId)) {
			throw new InvalidInput("nameHu", "programme.theme.name.taken");
		}
		theme(cycle, themeId).describe(form);
	}

	void removeTheme(int year, long themeId) {
		cycleOrFail(year).removeTheme(themeId);
	}

	void moveThemeUp(int year, long themeId) {
		cycleOrFail(year).moveThemeUp(themeId);
	}

	CommitteeMember addMember(int year, CommitteeMemberForm form, Logo logo) {
		Cycle cycle = cycleOrFail(year);
		if (cycle.hasMemberNamed(form.organisationHu(), null)) {
			throw new InvalidInput("organisationHu", "programme.member.name.taken");
		}
		checkLogo(logo);
		CommitteeMember member = cycle.addMember(form);
		if (logo != null) {
			member.useLogo(logo.bytes(), logo.contentType());
		}
		this.cycles.flush();
		return member;
	}

	void describeMember(int year, long memberId, CommitteeMemberForm form, Logo logo) {
		Cycle cycle = cycleOrFail(year);
		if (cycle.hasMemberNamed(form.organisationHu(), memberId)) {
			throw new InvalidInput("organisationHu", "programme.member.name.taken");
		}
		checkLogo(logo);
		CommitteeMember member = member(cycle, memberId);
		member.describe(form);
		if (logo != null) {
			member.useLogo(logo.bytes(), logo.contentType());
		}
	}

	void removeMember(int year, long memberId) {
		cycleOrFail(year).removeMember(memberId);
	}

	@Transactional(readOnly = true)
	Optional<Logo> logo(long memberId) {
		return this.members.findById(memberId)
			.filter(CommitteeMember::hasLogo)
			.map((member) -> new Logo(member.getLogo(), member.getLogoContentType()));
	}

	Theme theme(Cycle cycle, long themeId) {
		return cycle.getThemes()
			.stream()
			.filter((theme) -> theme.getId() == themeId)
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	CommitteeMember member(Cycle cycle, long memberId) {
		return cycle.getCommittee()
			.stream()
			.filter((member) -> member.getId() == memberId)
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	Cycle cycleOrFail(int year) {
		return this.cycles.findByYear(year).map(ProgrammeManagement::loaded).orElseThrow(NotFound::new);
	}

	private static void checkLogo(Logo logo) {
		if (logo == null) {
			return;
		}
		if (!LOGO_TYPES.contains(logo.contentType()) || !logo.looksLikeImage()) {
			throw new InvalidInput("logo", "programme.member.logo.type");
		}
		if (logo.bytes().length > LOGO_MAX_BYTES) {
			throw new InvalidInput("logo", "programme.member.logo.size");
		}
	}

	private static Cycle loaded(Cycle cycle) {
		cycle.getThemes().size();
		cycle.getCommittee().size();
		return cycle;
	}

	/**
	 * An uploaded logo; PNG or JPEG, checked by its first bytes, not only by what the
	 * browser claims.
	 */
	record Logo(byte[] bytes, String contentType) {

		boolean looksLikeImage() {
			boolean png = this.bytes.length > 8 && (this.bytes[0] & 0xff) == 0x89 && this.bytes[1] == 'P'
					&& this.bytes[2] == 'N' && this.bytes[3] == 'G';
			boolean jpeg = this.bytes.length > 3 && (this.bytes[0] & 0xff) == 0xff && (this.bytes[1] & 0xff) == 0xd8;
			return png || jpeg;
		}

	}

}
