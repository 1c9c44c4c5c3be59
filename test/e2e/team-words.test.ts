import { discordTeam, slackTeam, terminalTeam } from "./team-rigs.js";
import { describeTeamWords } from "./team-words.scenario.js";

describeTeamWords("Slack over HTTP (signed requests, Web API stand-in)", slackTeam);
describeTeamWords("Discord (REST stand-in, interactions over the gateway stand-in)", discordTeam);
describeTeamWords("terminal (real streams)", terminalTeam);
