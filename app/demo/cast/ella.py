"""Ella, 16: just back from England, with no education or job yet; her first contact."""

from __future__ import annotations

from app.demo.cast.writer import (
    ALI,
    DEADLINES_PAGE,
    HELD,
    IN_PROGRESS,
    JONAS,
    LONG,
    PLANNED,
    SHORT,
    TO_DO,
    CaseSpec,
    StoryWriter,
)
from app.demo.fjordby import FGU_SCHOOL, YOUTH_GUIDANCE
from app.demo.story import (
    ActivityDraft,
    AppointmentDraft,
    CaseDraft,
    DeadlineDraft,
    GoalDraft,
    ParticipantDraft,
    PlanDraft,
    RelationDraft,
    Situation,
    Story,
    SummaryDraft,
)
from app.model import CaseStatus, Language, PlanArea

NUMBER = 5
PHONE_CALL = "telefon"


class Ella(StoryWriter):
    def story(self) -> Story:
        return Story(
            number=NUMBER,
            person=self.person(
                "Ella Rasmussen",
                self.clock.born(16, 75),
                Situation.NO_ACTIVITY,
                Language.ENGLISH,
            ),
            relations=self._relations(),
            appointments=self._appointments(),
            plans=(self._plan(),),
            cases=self._cases(),
            deadlines=self._deadlines(),
        )

    def _relations(self) -> tuple[RelationDraft, ...]:
        return (
            self.helps(
                JONAS,
                "Din faste kontakt i Ungeindsatsen. "
                "Han hjælper dig med at finde en uddannelse eller et job.",
                since=10,
                primary=True,
            ),
            self.helps(ALI, "Din ungeguide. Han hjælper dig godt i gang i Fjordby.", since=5),
        )

    def _appointments(self) -> tuple[AppointmentDraft, ...]:
        clock = self.clock
        return (
            AppointmentDraft(
                key=PHONE_CALL,
                title="Telefonsamtale med Jonas",
                slot=clock.slot(-4, "15:00", 30),
                status=HELD,
                organiser=JONAS.key,
                purpose="Vi hilser på hinanden og aftaler et møde.",
                agenda="1. Hvem er du?\n2. Hvad laver du lige nu?\n3. Et møde i Ungeindsatsen",
                preparation="Intet. Jonas ringer til dig.",
                place="Jonas ringer til dig",
            ),
            AppointmentDraft(
                key="foerste-moede",
                title="Første møde i Ungeindsatsen",
                slot=clock.slot(2, "10:00", 60),
                status=PLANNED,
                organiser=JONAS.key,
                purpose="Vi lærer dig at kende. Og vi taler om, hvad du har lyst til.",
                agenda="1. Din skole i England\n2. Hvad kan du lide?\n"
                "3. Uddannelser i Fjordby\n4. Hvad gør vi nu?",
                preparation="Tag dine karakterer fra England med, hvis du har dem.",
                place=self.venue(YOUTH_GUIDANCE),
                room="Mødelokale 2",
                participants=(self.joins(ALI), ParticipantDraft("Peter Rasmussen", "Far")),
            ),
            AppointmentDraft(
                key="fgu-besoeg",
                title="Besøg på FGU Fjordby",
                slot=clock.slot(6, "13:30", 90),
                status=PLANNED,
                organiser=ALI.key,
                purpose="Du ser skolen og møder nogle af eleverne.",
                agenda="1. En tur rundt\n2. Prøv en time i værkstedet\n3. Hvad synes du?",
                preparation="Tag tøj på, der må blive beskidt.",
                place=self.venue(FGU_SCHOOL),
                room="Receptionen",
            ),
        )

    def _plan(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="ungeindsats",
            area=PlanArea.YOUTH_EFFORT,
            title="Din plan i Ungeindsatsen",
            owner=JONAS.key,
            starts_on=clock.days(-4),
            ends_on=clock.days(120),
            goals=(
                GoalDraft(
                    "lyst",
                    SHORT,
                    "Finde ud af, hvad du har lyst til",
                    "Du prøver nogle ting og taler med Jonas om dem.",
                    progress=10,
                    target_on=clock.days(40),
                ),
                GoalDraft(
                    "uddannelse",
                    LONG,
                    "Starte på en uddannelse",
                    "Du er i gang med en uddannelse efter sommer.",
                    progress=0,
                    target_on=clock.days(180),
                ),
            ),
            activities=(
                ActivityDraft(
                    "Find dine karakterer fra England",
                    "Tag dem med til mødet.",
                    clock.workday(2),
                    TO_DO,
                    goal="uddannelse",
                ),
                ActivityDraft(
                    "Skriv tre ting ned, du godt kan lide",
                    "Det må gerne være ting, du laver i din fritid.",
                    clock.workday(2),
                    TO_DO,
                    goal="lyst",
                ),
                ActivityDraft(
                    "Find ud af, om dine karakterer tæller i Danmark",
                    "Jonas spørger dem, der ved det.",
                    clock.days(21),
                    IN_PROGRESS,
                    goal="uddannelse",
                    responsible=JONAS.key,
                ),
            ),
            summaries=(
                SummaryDraft(
                    PHONE_CALL,
                    JONAS.key,
                    "Telefonsamtale",
                    "Vi talte kort i telefonen. Du er lige flyttet hjem fra England. "
                    "Du går ikke i skole lige nu. Vi aftalte et møde i Ungeindsatsen. "
                    "Din far kommer med.",
                ),
            ),
        )

    def _cases(self) -> tuple[CaseDraft, ...]:
        return self.cases(
            NUMBER,
            CaseSpec(
                "pligt",
                "17.27.15",
                "Pligt til uddannelse, job eller anden aktivitet",
                CaseStatus.CREATED,
                "Ungeindsatsen Fjordby",
                opened_days_ago=10,
            ),
            CaseSpec(
                "vejledning",
                "17.27.21",
                "Vejledning om uddannelse og job",
                CaseStatus.CREATED,
                "Ungeindsatsen Fjordby",
                opened_days_ago=10,
            ),
        )

    def _deadlines(self) -> tuple[DeadlineDraft, ...]:
        return (
            DeadlineDraft(
                "karakterer",
                "Send dine karakterer fra England",
                "Jonas skal bruge dem for at se, hvad du kan søge ind på.",
                self.noon(5),
                DEADLINES_PAGE,
                case="vejledning",
            ),
        )
