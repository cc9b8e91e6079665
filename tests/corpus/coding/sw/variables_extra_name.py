hours = 40
rate = 150
week = hours * rate
print(week)
