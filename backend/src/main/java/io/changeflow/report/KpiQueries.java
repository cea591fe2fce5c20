package io.changeflow.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the KPIs in one PostgreSQL query from the timelines the processes record
 * ({@code change_step}, {@code release_step}), the CAB rounds and the incidents. Each
 * figure is aggregated with {@code grouping sets ((month), ())}: the months and the
 * totals come from the same rows, so the totals' percentiles are over every event of the
 * range. See {@link KpiFigures} for what each figure means.
 */
@Service
@Transactional(readOnly = true)
public class KpiQueries {

	private static final String HOURS = "extract(epoch from (%s - %s)) / 3600.0";

	private static final String SQL = """
			with bounds as (
			    select cast(:first as timestamp) at time zone 'UTC' as lo,
			           cast(:until as timestamp) at time zone 'UTC' as hi
			),
			months as (
			    select m as month
			    from generate_series(cast(:first as timestamp), cast(:last as timestamp), interval '1 month') m
			),
			-- Changes that left "Ready for release": implemented (or failed, or backed out).
			implemented as (
			    select date_trunc('month', done.at at time zone 'UTC') as month, c.submitted_at, done.at,
			           case when pir.outcome = 'backed_out' or marked.outcome = 'backed_out'
			                     or exists (select 1 from release_change rc
			                                join release_step rs on rs.release_id = rc.release_id
			                                where rc.change_key = c.change_key and rs.state = 'BACKING_OUT')
			                then 'BACKED_OUT'
			                when pir.outcome = 'failed' then 'FAILED'
			                else 'SUCCESSFUL' end as outcome
			    from change_request c
			    cross join bounds b
			    join lateral (select min(s.at) as at from change_step s
			                  where s.change_id = c.id and s.state = 'READY_FOR_RELEASE') ready on ready.at is not null
			    join lateral (select min(s.at) as at from change_step s
			                  where s.change_id = c.id and s.at >= ready.at
			                    and (s.state = 'IN_PIR' or s.element_id = 'change_closed')) done on done.at is not null
			    left join lateral (select s.outcome from change_step s
			                       where s.change_id = c.id and s.element_id = 'post_implementation_review'
			                         and s.actor is not null and s.outcome is not null
			                       order by s.at desc, s.id desc limit 1) pir on true
			    left join lateral (select s.outcome from change_step s
			                       where s.change_id = c.id and s.element_id = 'ready_for_release'
			                         and s.outcome in ('implemented', 'backed_out')
			                       order by s.at desc, s.id desc limit 1) marked on true
			    where done.at >= b.lo and done.at < b.hi
			),
			implemented_agg as (
			    select month, count(*) as implemented,
			           count(*) filter (where outcome = 'SUCCESSFUL') as successful,
			           count(*) filter (where outcome = 'FAILED') as failed,
			           count(*) filter (where outcome = 'BACKED_OUT') as backed_out,
			           percentile_cont(0.5) within group (order by %1$s) as lead_p50,
			           percentile_cont(0.9) within group (order by %1$s) as lead_p90
			    from implemented group by grouping sets ((month), ())
			),
			submitted as (
			    select date_trunc('month', c.submitted_at at time zone 'UTC') as month, c.change_class
			    from change_request c cross join bounds b
			    where c.submitted_at >= b.lo and c.submitted_at < b.hi and c.change_class is not null
			),
			submitted_agg as (
			    select month,
			           count(*) filter (where change_class = 'STANDARD') as standard,
			           count(*) filter (where change_class = 'NORMAL') as normal,
			           count(*) filter (where change_class = 'EMERGENCY') as emergency,
			           count(*) as classified
			    from submitted group by grouping sets ((month), ())
			),
			-- The latest CAB round of each change, up to the step that ended the vote.
			cab as (
			    select date_trunc('month', decided.at at time zone 'UTC') as month, r.started_at, decided.at
			    from cab_round r
			    join change_request c on c.change_key = r.change_key
			    cross join bounds b
			    join lateral (select min(s.at) as at from change_step s
			                  where s.change_id = c.id and s.at >= r.started_at
			                    and s.state in ('SCHEDULING', 'SCHEDULE_CONFLICT', 'READY_FOR_RELEASE', 'REJECTED',
			                                    'ESCALATED')) decided on decided.at is not null
			    where decided.at >= b.lo and decided.at < b.hi
			),
			cab_agg as (
			    select month, count(*) as decisions,
			           percentile_cont(0.5) within group (order by %2$s) as cab_p50,
			           percentile_cont(0.9) within group (order by %2$s) as cab_p90
			    from cab group by grouping sets ((month), ())
			),
			-- Each release's rollout as its timeline tells it.
			rollout as (
			    select r.id, r.release_key,
			           min(s.at) filter (where s.state = 'ROLLING_OUT') as started,
			           min(s.at) filter (where s.state in ('UPDATING_CMDB', 'CLOSED')) as deployed,
			           min(s.at) filter (where s.state = 'BACKING_OUT') as failed_at,
			           min(s.at) filter (where s.state = 'BACKED_OUT') as backed_out
			    from software_release r join release_step s on s.release_id = r.id
			    group by r.id, r.release_key
			),
			release_cis as (
			    select rc.release_id, array_agg(distinct ci) as cis
			    from release_change rc
			    join change_request c on c.change_key = rc.change_key
			    cross join unnest(c.affected_cis) ci
			    group by rc.release_id
			),
			deployment as (
			    select date_trunc('month', coalesce(o.deployed, o.failed_at) at time zone 'UTC') as month,
			           o.failed_at is not null
			           or exists (select 1 from incident i
			                      where i.created_at >= o.started
			                        and (i.business_key = o.release_key
			                             or i.business_key in (select rc.change_key from release_change rc
			                                                   where rc.release_id = o.id))) as failed
			    from rollout o cross join bounds b
			    where o.started is not null
			      and coalesce(o.deployed, o.failed_at) >= b.lo and coalesce(o.deployed, o.failed_at) < b.hi
			),
			deployment_agg as (
			    select month, count(*) as deployments, count(*) filter (where failed) as failed
			    from deployment group by grouping sets ((month), ())
			),
			change_lead as (
			    select date_trunc('month', o.deployed at time zone 'UTC') as month, c.submitted_at, o.deployed
			    from rollout o
			    join release_change rc on rc.release_id = o.id
			    join change_request c on c.change_key = rc.change_key
			    cross join bounds b
			    where o.deployed >= b.lo and o.deployed < b.hi and c.submitted_at is not null
			),
			change_lead_agg as (
			    select month, percentile_cont(0.5) within group (order by %3$s) as change_lead_p50
			    from change_lead group by grouping sets ((month), ())
			),
			restore as (
			    select date_trunc('month', f.failed_at at time zone 'UTC') as month, f.failed_at,
			           least(f.backed_out,
			                 (select min(n.deployed) from rollout n
			                  left join release_cis nc on nc.release_id = n.id
			                  left join release_cis fc on fc.release_id = f.id
			                  where n.deployed > f.failed_at and (n.id = f.id or nc.cis && fc.cis))) as restored_at
			    from rollout f cross join bounds b
			    where f.failed_at >= b.lo and f.failed_at < b.hi
			),
			restore_agg as (
			    select month, count(restored_at) as restored, count(*) - count(restored_at) as not_restored,
			           percentile_cont(0.5) within group (order by %4$s) as restore_p50
			    from restore group by grouping sets ((month), ())
			),
			periods as (
			    select month from months
			    union all
			    select null
			)
			select to_char(p.month, 'YYYY-MM') as period,
			       coalesce(i.implemented, 0) as implemented, coalesce(i.successful, 0) as successful,
			       coalesce(i.failed, 0) as failed, coalesce(i.backed_out, 0) as backed_out,
			       i.lead_p50, i.lead_p90,
			       coalesce(s.standard, 0) as standard, coalesce(s.normal, 0) as normal,
			       coalesce(s.emergency, 0) as emergency, coalesce(s.classified, 0) as classified,
			       coalesce(cab.decisions, 0) as cab_decisions, cab.cab_p50, cab.cab_p90,
			       coalesce(d.deployments, 0) as deployments, coalesce(d.failed, 0) as failed_deployments,
			       l.change_lead_p50,
			       coalesce(r.restored, 0) as restored, coalesce(r.not_restored, 0) as not_restored, r.restore_p50
			from periods p
			left join implemented_agg i on i.month is not distinct from p.month
			left join submitted_agg s on s.month is not distinct from p.month
			left join cab_agg cab on cab.month is not distinct from p.month
			left join deployment_agg d on d.month is not distinct from p.month
			left join change_lead_agg l on l.month is not distinct from p.month
			left join restore_agg r on r.month is not distinct from p.month
			order by p.month nulls last
			""".formatted(HOURS.formatted("at", "submitted_at"), HOURS.formatted("at", "started_at"),
			HOURS.formatted("deployed", "submitted_at"), HOURS.formatted("restored_at", "failed_at"));

	private final NamedParameterJdbcTemplate jdbc;

	KpiQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The KPIs of each month of the range and over all of it.
	 * @param range the months
	 * @return the report
	 */
	public KpiReport kpis(MonthRange range) {
		Map<String, Object> params = Map.of("first", range.from().atDay(1).toString(), "last",
				range.to().atDay(1).toString(), "until", range.to().plusMonths(1).atDay(1).toString());
		String total = range.from() + "/" + range.to();
		List<KpiFigures> rows = this.jdbc.query(SQL, params, (rs, n) -> figures(rs, total, range.months()));
		List<KpiFigures> months = new ArrayList<>(rows.subList(0, rows.size() - 1));
		return new KpiReport(range.from().toString(), range.to().toString(), months, rows.get(rows.size() - 1));
	}

	private static KpiFigures figures(ResultSet rs, String total, int rangeMonths) throws SQLException {
		String period = rs.getString("period");
		int months = (period != null) ? 1 : rangeMonths;
		int implemented = rs.getInt("implemented");
		int successful = rs.getInt("successful");
		int backedOut = rs.getInt("backed_out");
		int emergency = rs.getInt("emergency");
		int deployments = rs.getInt("deployments");
		int failedDeployments = rs.getInt("failed_deployments");
		return new KpiFigures((period != null) ? period : total, implemented, successful, rs.getInt("failed"),
				backedOut, ratio(successful, implemented), ratio(backedOut, implemented), rs.getInt("standard"),
				rs.getInt("normal"), emergency, ratio(emergency, rs.getInt("classified")), hours(rs, "lead_p50"),
				hours(rs, "lead_p90"), rs.getInt("cab_decisions"), hours(rs, "cab_p50"), hours(rs, "cab_p90"),
				deployments, round((double) deployments / months), failedDeployments,
				ratio(failedDeployments, deployments), hours(rs, "change_lead_p50"), rs.getInt("restored"),
				rs.getInt("not_restored"), hours(rs, "restore_p50"));
	}

	private static Double ratio(int part, int whole) {
		return (whole == 0) ? null : round((double) part / whole);
	}

	private static Double hours(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : round(value);
	}

	/**
	 * Four decimals: enough for a rate in per cent with two, and for seconds in hours.
	 */
	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
