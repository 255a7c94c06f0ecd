package nl.kansrijkestart.mdo.indicators.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountingEventRepository extends JpaRepository<CountingEvent, Long> {}
