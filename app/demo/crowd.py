"""Generated young people: as many stories as asked for, drawn from the situation templates.

Each story has its own random generator, seeded by the demo seed and the story's
number, so a story does not depend on how many came before it or on batch sizes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from app.demo.chance import seeded
from app.demo.clock import DemoClock, Slot, age_on, years_before
from app.demo.fictional import (
    SELF_SERVICE,
    case_link,
    case_number,
    meeting_link,
    replacement_cpr,
)
from app.demo.fjordby import Fjordby, Member, StaffFamily
from app.demo.names import person_name
from app.demo.situations import (
    INTERNSHIP_PLACE,
    ActivityTemplate,
    CaseTemplate,
    DeadlineTemplate,
    MeetingTemplate,
    PlanTemplate,
    SituationTemplate,
    templates_for_age,
)
from app.demo.story import (
    ActivityDraft,
    AppointmentDraft,
    CaseDraft,
    DeadlineDraft,
    GoalDraft,
    ParticipantDraft,
    PersonDraft,
    PlanDraft,
    RelationDraft,
    Story,
    SummaryDraft,
)
from app.model import (
    ActivityStatus,
    AppointmentStatus,
    CaseStatus,
    GoalHorizon,
    GoalStatus,
    Language,
)

# Birth dates step through the age window by a prime larger than the window, so every
# run of window-many people gets different birth dates; the next run gets the next serial.
_DATE_STEP = 7_919
# CPR serials per municipality: municipalities whose codes end differently never share one.
# The hand-written people take serials 5,000 and up (see `fictional.replacement_cpr`).
SERIALS_PER_MUNICIPALITY = 50
HAND_WRITTEN_SERIAL = SERIALS_PER_MUNICIPALITY * 100
_OFFICE_OPENS = 8 * 60 + 30
_OFFICE_CLOSES = 16 * 60
_LINK_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"
_CASE_STATUSES = (
    CaseStatus.CREATED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.DECIDED,
    CaseStatus.CLOSED,
    CaseStatus.REJECTED,
)
_CASE_STATUS_WEIGHTS = (2, 5, 3, 1, 1)


@dataclass(frozen=True)
class BirthWindow:
    """The birth dates of everyone aged 15 to 24 on the clock's today."""

    first: date
    days: int

    @classmethod
    def of(cls, clock: DemoClock) -> BirthWindow:
        first = years_before(clock.today, 25) + timedelta(days=1)
        return cls(first, (years_before(clock.today, 15) - first).days + 1)

    @property
    def capacity(self) -> int:
        """How many people the crowd can number without repeating a CPR number."""
        return SERIALS_PER_MUNICIPALITY * self.days


@dataclass(frozen=True)
class Crowd:
    clock: DemoClock
    fjordby: Fjordby
    seed: int
    municipality_code: str

    def story(self, number: int, position: int) -> Story:
        """The story with this number; `position` counts the generated people from 0."""
        rng = seeded(self.seed, "ung", number)
        birth_date = self._birth_date(position)
        age = age_on(birth_date, self.clock.today)
        template = _pick_template(age, rng)
        person = PersonDraft(
            name=person_name(rng),
            birth_date=birth_date,
            cpr=replacement_cpr(birth_date, self._serial(position)),
            language=Language.ENGLISH if rng.random() < 0.05 else Language.DANISH,
            situation=template.situation,
        )
        draw = _Draw(self, number, rng, template, _team(template, age, self.fjordby, rng))
        appointments = draw.appointments()
        cases = draw.cases(age)
        return Story(
            number=number,
            person=person,
            relations=draw.relations(),
            appointments=appointments,
            plans=draw.plans(appointments),
            cases=cases,
            deadlines=draw.deadlines(cases),
        )

    @cached_property
    def _window(self) -> BirthWindow:
        return BirthWindow.of(self.clock)

    def _birth_date(self, position: int) -> date:
        offset = (position * _DATE_STEP + self.seed) % self._window.days
        return self._window.first + timedelta(days=offset)

    def _serial(self, position: int) -> int:
        """Serials go up by one for each window-many people (see `_DATE_STEP`)."""
        first = SERIALS_PER_MUNICIPALITY * (int(self.municipality_code) % 100)
        return first + position // self._window.days


def hand_written_serial(municipality_code: str) -> int:
    """The CPR serial of the hand-written people, above every generated one."""
    return HAND_WRITTEN_SERIAL + int(municipality_code) % 100


def _pick_template(age: int, rng: random.Random) -> SituationTemplate:
    fitting = templates_for_age(age)
    return rng.choices(fitting, weights=[template.weight for template in fitting])[0]


def _team(
    template: SituationTemplate, age: int, fjordby: Fjordby, rng: random.Random
) -> dict[StaffFamily, Member]:
    """The staff around the young person; the first helper, the primary, is always there."""
    primary, *others = template.helpers
    team = {primary.family: fjordby.pick(primary.family, rng)}
    for helper in others:
        if age in helper.ages and rng.random() < helper.chance:
            team[helper.family] = fjordby.pick(helper.family, rng)
    return team


@dataclass(frozen=True)
class _Draw:
    """One generated story in the making."""

    crowd: Crowd
    number: int
    rng: random.Random
    template: SituationTemplate
    team: dict[StaffFamily, Member]

    @property
    def clock(self) -> DemoClock:
        return self.crowd.clock

    def relations(self) -> tuple[RelationDraft, ...]:
        helpers = [
            self._helper_relation(helper.family, helper.description, is_primary=index == 0)
            for index, helper in enumerate(self.template.helpers)
            if helper.family in self.team
        ]
        organisations = [
            RelationDraft(
                role=attachment.role,
                description=attachment.description,
                started_on=self._days_ago(14, 300),
                organisation=self._organisation_key(attachment.organisation),
            )
            for attachment in self.template.attachments
        ]
        return (*helpers, *organisations)

    def _helper_relation(
        self, family: StaffFamily, description: str, *, is_primary: bool
    ) -> RelationDraft:
        return RelationDraft(
            role=family.profile.role,
            description=description,
            started_on=self._days_ago(14, 400),
            staff=self.team[family].key,
            is_primary=is_primary,
        )

    def appointments(self) -> tuple[AppointmentDraft, ...]:
        meetings = [meeting for meeting in self.template.meetings if meeting.organiser in self.team]
        workdays = (
            self.rng.randint(-45, -16),
            self.rng.randint(-15, -1),
            self.rng.randint(1, 7),
            self.rng.randint(8, 25),
        )
        return tuple(
            self._appointment(f"aftale-{index}", self.rng.choice(meetings), offset)
            for index, offset in enumerate(workdays, start=1)
        )

    def _appointment(self, key: str, meeting: MeetingTemplate, workdays: int) -> AppointmentDraft:
        organiser = self.team[meeting.organiser]
        online = meeting.can_be_online and self.rng.random() < 0.3
        return AppointmentDraft(
            key=key,
            title=meeting.title,
            slot=self._slot(workdays, meeting.minutes),
            status=self._status(workdays),
            organiser=organiser.key,
            purpose=meeting.purpose,
            agenda=meeting.agenda,
            preparation=meeting.preparation,
            place=None if online else self._venue(meeting, organiser),
            room=None if online else meeting.room,
            online_link=self._meeting_link() if online else None,
            participants=self._participants(organiser),
        )

    def _slot(self, workdays: int, minutes: int) -> Slot:
        start = self.rng.randrange(_OFFICE_OPENS, _OFFICE_CLOSES - minutes + 1, 15)
        return self.clock.slot(workdays, f"{start // 60:02d}:{start % 60:02d}", minutes)

    def _status(self, workdays: int) -> AppointmentStatus:
        if workdays > 0:
            return AppointmentStatus.PLANNED
        if self.rng.random() < 0.15:
            return AppointmentStatus.CANCELLED
        return AppointmentStatus.HELD

    def _venue(self, meeting: MeetingTemplate, organiser: Member) -> str:
        if meeting.venue is None:
            return self.crowd.fjordby.venue(organiser.organisation)
        return self.crowd.fjordby.venue(self._organisation_key(meeting.venue))

    def _organisation_key(self, key: str) -> str:
        if key == INTERNSHIP_PLACE:
            return self.team[StaffFamily.INTERNSHIP_SUPERVISORS].organisation
        return key

    def _meeting_link(self) -> str:
        letters = "".join(self.rng.choices(_LINK_LETTERS, k=9))
        return meeting_link(f"{letters[:3]}-{letters[3:6]}-{letters[6:]}")

    def _participants(self, organiser: Member) -> tuple[ParticipantDraft, ...]:
        others = [member for member in self.team.values() if member != organiser]
        if not others or self.rng.random() < 0.6:
            return ()
        staff = self.crowd.fjordby.staff_member(self.rng.choice(others))
        return (ParticipantDraft(staff.name, staff.title, staff.key),)

    def plans(self, appointments: tuple[AppointmentDraft, ...]) -> tuple[PlanDraft, ...]:
        """The plans, each with summaries of the meetings its owner held.

        Meetings held by someone who owns no plan are summed up in the first plan.
        """
        templates = [plan for plan in self.template.plans if plan.needs in (None, *self.team)]
        owners = [self.team[plan.owner].key for plan in templates]
        held = [draft for draft in appointments if draft.status is AppointmentStatus.HELD]

        def plan_of(draft: AppointmentDraft) -> int:
            return owners.index(draft.organiser) if draft.organiser in owners else 0

        return tuple(
            self._plan(
                f"plan-{index + 1}", plan, [draft for draft in held if plan_of(draft) == index]
            )
            for index, plan in enumerate(templates)
        )

    def _plan(self, key: str, plan: PlanTemplate, held: list[AppointmentDraft]) -> PlanDraft:
        goals = (self._goal(f"{key}-maal-1", plan, 0), self._goal(f"{key}-maal-2", plan, 1))
        return PlanDraft(
            key=key,
            area=plan.area,
            title=plan.title,
            owner=self.team[plan.owner].key,
            starts_on=self._days_ago(30, 200),
            ends_on=self.clock.days(self.rng.randint(90, 300)),
            goals=goals,
            activities=tuple(self._activity(activity, goals) for activity in plan.activities),
            summaries=tuple(self._summary(draft, plan) for draft in held),
        )

    def _summary(self, held: AppointmentDraft, plan: PlanTemplate) -> SummaryDraft:
        return SummaryDraft(held.key, held.organiser, held.title, self.rng.choice(plan.summaries))

    def _goal(self, key: str, plan: PlanTemplate, index: int) -> GoalDraft:
        goal = plan.goals[index]
        if goal.horizon is GoalHorizon.LONG_TERM:
            progress, target_on = self.rng.randrange(0, 61, 10), self.clock.days(180)
        else:
            progress, target_on = self.rng.randrange(0, 101, 20), self.clock.days(45)
        status = GoalStatus.REACHED if progress == 100 else GoalStatus.OPEN
        if status is GoalStatus.OPEN and self.rng.random() < 0.05:
            status = GoalStatus.DROPPED
        return GoalDraft(
            key, goal.horizon, goal.title, goal.description, progress, target_on, status
        )

    def _activity(self, activity: ActivityTemplate, goals: tuple[GoalDraft, ...]) -> ActivityDraft:
        status = self.rng.choices(
            (ActivityStatus.DONE, ActivityStatus.IN_PROGRESS, ActivityStatus.PLANNED), (3, 3, 4)
        )[0]
        done = status is ActivityStatus.DONE
        due_on = self._days_ago(1, 30) if done else self.clock.days(self.rng.randint(3, 45))
        responsible = activity.responsible
        return ActivityDraft(
            title=activity.title,
            description=activity.description,
            due_on=due_on,
            status=status,
            goal=goals[activity.goal].key,
            responsible=self.team[responsible].key if responsible in self.team else None,
            completed_at=self.clock.at(due_on, "14:00") if done else None,
        )

    def cases(self, age: int) -> tuple[CaseDraft, ...]:
        """One to three of the cases that fit the young person's age and helpers."""
        fitting = [
            case
            for case in self.template.cases
            if age in case.ages and case.needs in (None, *self.team)
        ]
        chosen = self.rng.sample(fitting, self.rng.randint(1, min(3, len(fitting))))
        return tuple(
            self._case(f"sag-{index}", case, index) for index, case in enumerate(chosen, start=1)
        )

    def _case(self, key: str, case: CaseTemplate, index: int) -> CaseDraft:
        opened_on = self._days_ago(20, 400)
        number = case_number(case.kle_number, self.number * 10 + index, opened_on.year)
        return CaseDraft(
            key=key,
            title=case.title,
            kle_number=case.kle_number,
            status=self.rng.choices(_CASE_STATUSES, _CASE_STATUS_WEIGHTS)[0],
            case_number=number,
            responsible_unit=case.responsible_unit,
            self_service_url=case_link(number),
            opened_on=opened_on,
        )

    def deadlines(self, cases: tuple[CaseDraft, ...]) -> tuple[DeadlineDraft, ...]:
        """One or two deadlines, each tied to the case it is about, if the person has it."""
        chosen = self.rng.sample(self.template.deadlines, self.rng.randint(1, 2))
        by_kle = {case.kle_number: case for case in cases}
        return tuple(
            self._deadline(f"frist-{index}", deadline, by_kle.get(deadline.kle_number or ""))
            for index, deadline in enumerate(chosen, start=1)
        )

    def _deadline(
        self, key: str, deadline: DeadlineTemplate, case: CaseDraft | None
    ) -> DeadlineDraft:
        return DeadlineDraft(
            key=key,
            title=deadline.title,
            description=deadline.description,
            due_at=self.clock.at(self.clock.workday(self.rng.randint(2, 25)), "12:00"),
            action_url=case.self_service_url if case else f"{SELF_SERVICE}/frister",
            case=case.key if case else None,
        )

    def _days_ago(self, least: int, most: int) -> date:
        return self.clock.days(-self.rng.randint(least, most))
