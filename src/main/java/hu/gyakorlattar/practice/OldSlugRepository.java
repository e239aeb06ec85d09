package hu.gyakorlattar.practice;

import org.springframework.data.jpa.repository.JpaRepository;

interface OldSlugRepository extends JpaRepository<OldSlug, String> {

}
