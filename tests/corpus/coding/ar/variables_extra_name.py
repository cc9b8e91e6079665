hours = 40
rate = 3
week = hours * rate
print(week)
