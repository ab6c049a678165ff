"""Yasmin, 18: at FGU, and living on her own for the first time with help from the municipality."""

from __future__ import annotations

from app.demo.cast.writer import (
    ALI,
    DEADLINES_PAGE,
    DONE,
    HELD,
    IN_PROGRESS,
    LENE,
    LONG,
    NADIA,
    PLANNED,
    SHORT,
    TO_DO,
    CaseSpec,
    StoryWriter,
)
from app.demo.fictional import meeting_link
from app.demo.fjordby import FGU_SCHOOL
from app.demo.story import (
    ActivityDraft,
    AppointmentDraft,
    CaseDraft,
    DeadlineDraft,
    GoalDraft,
    PlanDraft,
    RelationDraft,
    Situation,
    Story,
    SummaryDraft,
)
from app.model import CaseStatus, GoalStatus, PlanArea, RelationRole

NUMBER = 4
STATUS_MEETING = "status"
HOME_VISIT = "hjemmebesoeg"


class Yasmin(StoryWriter):
    def story(self) -> Story:
        return Story(
            number=NUMBER,
            person=self.person("Yasmin Ahmed", self.clock.born(18, 30), Situation.FGU),
            relations=self._relations(),
            appointments=self._appointments(),
            plans=(self._school_plan(), self._home_plan()),
            cases=self._cases(),
            deadlines=self._deadlines(),
        )

    def _relations(self) -> tuple[RelationDraft, ...]:
        return (
            self.helps(
                ALI,
                "Din faste kontakt i Ungeindsatsen. Han holder styr på det hele sammen med dig.",
                since=240,
                primary=True,
            ),
            self.helps(NADIA, "Din kontaktlærer på FGU. Hun hjælper dig med skolen.", since=150),
            self.helps(LENE, "Din sagsbehandler. Hun hjælper dig med at bo for dig selv.", 120),
            self.attached(
                RelationRole.SCHOOL, FGU_SCHOOL, "Din skole. Du går på køkkenlinjen.", since=150
            ),
        )

    def _appointments(self) -> tuple[AppointmentDraft, ...]:
        clock, fgu = self.clock, self.venue(FGU_SCHOOL)
        return (
            AppointmentDraft(
                key=STATUS_MEETING,
                title="Statusmøde på FGU",
                slot=clock.slot(-12, "11:00", 60),
                status=HELD,
                organiser=NADIA.key,
                purpose="Vi ser på, hvordan det går i skolen og i køkkenet.",
                agenda="1. Hvor tit du kommer\n2. Hvad du har lært i køkkenet\n"
                "3. Praktik i foråret",
                preparation="Tænk over, hvad du er stolt af.",
                place=fgu,
                room="Køkkenets mødelokale",
                participants=(self.joins(ALI),),
            ),
            AppointmentDraft(
                key=HOME_VISIT,
                title="Besøg hjemme hos dig",
                slot=clock.slot(-6, "14:30", 45),
                status=HELD,
                organiser=LENE.key,
                purpose="Vi taler om, hvordan det går med at bo alene.",
                agenda="1. Din lejlighed\n2. Dit budget\n3. Hvad har du brug for hjælp til?",
                preparation="Find dine regninger frem, så vi kan se på dem sammen.",
                place="Hjemme hos dig",
            ),
            AppointmentDraft(
                key="praktikuge",
                title="Kort snak på video om din praktikuge",
                slot=clock.slot(1, "12:00", 30),
                status=PLANNED,
                organiser=ALI.key,
                purpose="Vi taler om, hvor du kan være i praktik en uge.",
                agenda="1. Steder, du kan vælge\n2. Hvornår skal du af sted?",
                preparation="Tænk over, om du vil være i et storkøkken eller på en café.",
                online_link=meeting_link("yas-ali-pra"),
            ),
            AppointmentDraft(
                key="status-2",
                title="Næste statusmøde på FGU",
                slot=clock.slot(7, "10:00", 60),
                status=PLANNED,
                organiser=NADIA.key,
                purpose=(
                    "Vi følger op på din plan. Lene er med, fordi vi også taler om din bolig."
                ),
                agenda="1. Skolen og køkkenet\n2. Din praktikuge\n3. Dit budget og boligstøtte",
                preparation="Tag dit hygiejnebevis med.",
                place=fgu,
                room="Køkkenets mødelokale",
                participants=(self.joins(ALI), self.joins(LENE)),
            ),
        )

    def _school_plan(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="fgu",
            area=PlanArea.EDUCATION,
            title="Din plan på FGU",
            owner=NADIA.key,
            starts_on=clock.days(-150),
            ends_on=clock.days(210),
            goals=(
                GoalDraft(
                    "hygiejne",
                    SHORT,
                    "Tage hygiejnebevis",
                    "Du lærer at lave mad, så det er sikkert.",
                    progress=100,
                    target_on=clock.days(-20),
                    status=GoalStatus.REACHED,
                ),
                GoalDraft(
                    "kok",
                    LONG,
                    "Komme ind på kokkeuddannelsen",
                    "Du bliver færdig på FGU og søger ind som kok.",
                    progress=35,
                    target_on=clock.days(210),
                ),
            ),
            activities=(
                ActivityDraft(
                    "Tag hygiejnekurset",
                    "Kurset er på skolen og tager to dage.",
                    clock.days(-21),
                    DONE,
                    goal="hygiejne",
                    completed_at=clock.at(clock.workday(-15), "14:00"),
                ),
                ActivityDraft(
                    "Prøv en praktikuge i et storkøkken",
                    "Du er en uge i et køkken og ser, hvordan det er.",
                    clock.days(30),
                    TO_DO,
                    goal="kok",
                ),
                ActivityDraft(
                    "Find et sted til din praktikuge",
                    "Nadia ringer rundt til nogle køkkener.",
                    clock.days(14),
                    IN_PROGRESS,
                    goal="kok",
                    responsible=NADIA.key,
                ),
            ),
            summaries=(
                SummaryDraft(
                    STATUS_MEETING,
                    NADIA.key,
                    "Statusmøde på FGU",
                    "Du kommer næsten hver dag. Du er god til at lave mad. "
                    "Du har fået dit hygiejnebevis. Du vil gerne i praktik i et storkøkken. "
                    "Nadia finder et sted. Ali taler med dig om det på video.",
                ),
            ),
        )

    def _home_plan(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="bolig",
            area=PlanArea.SOCIAL,
            title="Din plan for at bo selv",
            owner=LENE.key,
            starts_on=clock.days(-120),
            ends_on=clock.days(240),
            goals=(
                GoalDraft(
                    "budget",
                    SHORT,
                    "Lave et budget for hver måned",
                    "Du ved, hvad du har til mad og regninger.",
                    progress=70,
                    target_on=clock.days(30),
                ),
                GoalDraft(
                    "bo-selv",
                    LONG,
                    "Klare dig godt i din egen lejlighed",
                    "Du betaler dine regninger og har det godt derhjemme.",
                    progress=50,
                    target_on=clock.days(240),
                ),
            ),
            activities=(
                ActivityDraft(
                    "Lav et budget sammen med Lene",
                    "I laver det, når Lene kommer på besøg.",
                    clock.days(-6),
                    DONE,
                    goal="budget",
                    responsible=LENE.key,
                    completed_at=clock.at(clock.workday(-6), "15:15"),
                ),
                ActivityDraft(
                    "Få huslejen trukket hver måned",
                    "Så glemmer du den aldrig.",
                    clock.days(-40),
                    DONE,
                    goal="bo-selv",
                    completed_at=self.evening(41),
                ),
                ActivityDraft(
                    "Søg om boligstøtte",
                    "Du kan få hjælp til huslejen. Lene hjælper dig.",
                    clock.workday(8),
                    TO_DO,
                    goal="budget",
                ),
            ),
            summaries=(
                SummaryDraft(
                    HOME_VISIT,
                    LENE.key,
                    "Besøg hjemme hos dig",
                    "Din lejlighed er hyggelig. Du betaler husleje til tiden. "
                    "Maden slipper op sidst på måneden. Vi lavede et budget sammen. "
                    "Du søger om boligstøtte. Vi ses på FGU om en uge.",
                ),
            ),
        )

    def _cases(self) -> tuple[CaseDraft, ...]:
        return self.cases(
            NUMBER,
            CaseSpec(
                "fgu",
                "54.42.08",
                "Dit forløb på FGU",
                CaseStatus.IN_PROGRESS,
                "FGU Fjordby",
                opened_days_ago=150,
            ),
            CaseSpec(
                "ungestoette",
                "34.50.20",
                "Ungestøtte: hjælp til at bo for dig selv",
                CaseStatus.DECIDED,
                "Ungeteamet, Social- og Familieafdelingen",
                opened_days_ago=125,
            ),
            CaseSpec(
                "kontakt",
                "17.27.30",
                "Din kontaktperson i Ungeindsatsen",
                CaseStatus.IN_PROGRESS,
                "Ungeindsatsen Fjordby",
                opened_days_ago=240,
            ),
        )

    def _deadlines(self) -> tuple[DeadlineDraft, ...]:
        return (
            DeadlineDraft(
                "boligstoette",
                "Søg om boligstøtte",
                "Du kan få hjælp til huslejen. Lene hjælper dig gerne.",
                self.noon(8),
                DEADLINES_PAGE,
                case="ungestoette",
            ),
        )
