package nl.kansrijkestart.mdo.identity.internal;

import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /**
     * The account with its organisation, roles and municipalities in one query: every guarded
     * service call reads the signed-in user through this (four queries without the graph).
     */
    @EntityGraph(attributePaths = {"organisation", "roles", "municipalityScope"})
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Whether an account is enabled and its access stamp: one indexed row, read per signed-in request. */
    @Query("select new nl.kansrijkestart.mdo.identity.internal.AccessState(u.enabled, u.accessStamp) "
            + "from UserAccount u where u.username = :username")
    Optional<AccessState> accessState(@Param("username") String username);

    /** A page of accounts whose user name or display name contains {@code text} (lower case). */
    @Query("""
            select u from UserAccount u
            where lower(u.username) like concat('%', :text, '%')
               or lower(u.displayName) like concat('%', :text, '%')""")
    List<UserAccount> search(@Param("text") String text, Pageable page);

    @Query("""
            select count(u) from UserAccount u
            where lower(u.username) like concat('%', :text, '%')
               or lower(u.displayName) like concat('%', :text, '%')""")
    long countSearch(@Param("text") String text);

    long countByOrganisationId(long organisationId);

    /** Enabled accounts holding {@code role} whose user name or display name contains {@code text}. */
    @Query("""
            select u from UserAccount u join u.roles r
            where r = :role and u.enabled = true
              and (lower(u.username) like concat('%', :text, '%')
                   or lower(u.displayName) like concat('%', :text, '%'))""")
    List<UserAccount> searchEnabledWithRole(@Param("text") String text, @Param("role") Role role, Pageable page);

    /**
     * A page of enabled accounts holding {@code role} whose user name or display name contains
     * {@code text}, of one discipline unless {@code discipline} is null; by display name.
     */
    @Query(value = """
            select u from UserAccount u join u.roles r
            where r = :role and u.enabled = true
              and (:discipline is null or u.discipline = :discipline)
              and (lower(u.username) like concat('%', :text, '%')
                   or lower(u.displayName) like concat('%', :text, '%'))""",
            countQuery = """
            select count(u) from UserAccount u join u.roles r
            where r = :role and u.enabled = true
              and (:discipline is null or u.discipline = :discipline)
              and (lower(u.username) like concat('%', :text, '%')
                   or lower(u.displayName) like concat('%', :text, '%'))""")
    Page<UserAccount> pageEnabledWithRole(@Param("text") String text, @Param("role") Role role,
            @Param("discipline") @Nullable Discipline discipline, Pageable page);
}
