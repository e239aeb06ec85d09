package hu.gyakorlattar.municipality;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityContactRepository extends JpaRepository<MunicipalityContact, String> {

}
