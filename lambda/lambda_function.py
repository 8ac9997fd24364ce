"""AWS Lambda entry point: the skill built once per container, from the environment."""

from skill.alexa.skill import lambda_handler, skill_from_env

handler = lambda_handler(skill_from_env())
